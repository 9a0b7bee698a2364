"""A site that reappears under a new domain with the same ads is reported as an alias."""

from __future__ import annotations

import numpy as np

from kartlegg.link.aliases import find_site_aliases
from kartlegg.link.cluster import AdFeatures
from kartlegg.link.templates import SiteUnit


def _ads(site: str, start: int, n: int, offset: int = 0) -> tuple[list[AdFeatures], list[str]]:
    ads = [
        AdFeatures(ad_id=start + i, site=site, selectors=(("phone", f"+4670000{i + offset:04d}"),)) for i in range(n)
    ]
    return ads, [f"h{i + offset}" for i in range(n)]


def test_mirror_site_is_an_alias_and_a_stranger_is_not() -> None:
    a, ha = _ads("old.example", 0, 20)
    b, hb = _ads("new.example", 100, 15)  # the same ads copied over
    c, hc = _ads("other.example", 200, 20, offset=500)  # unrelated
    d, hd = _ads("other.example", 300, 2)  # shares two ads with old.example only
    found = find_site_aliases(a + b + c + d, ha + hb + hc + hd, set())
    assert [(x.site_a, x.site_b) for x in found] == [("new.example", "old.example")]
    assert found[0].score == 1.0 and "shared" in found[0].reason


def test_hub_selectors_do_not_make_aliases() -> None:
    support = ("phone", "+4681234567")
    a = [AdFeatures(ad_id=i, site="a.example", selectors=(support,)) for i in range(10)]
    b = [AdFeatures(ad_id=100 + i, site="b.example", selectors=(support,)) for i in range(10)]
    assert find_site_aliases(a + b, [""] * 20, {support}) == []


def _unit(label: str, sig: np.ndarray, first: str, last: str) -> SiteUnit:
    return SiteUnit(label, label, label, pages=10, first_seen=first, last_seen=last, templates=[(10, sig)])


def _sig(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2**32, size=64, dtype=np.uint32)


def test_same_template_and_ads_is_an_alias_with_the_reason_spelled_out() -> None:
    a, ha = _ads("a.example", 0, 20)
    b, hb = _ads("b.example", 100, 20, offset=14)  # 6 of a's ads copied over, 14 new ones
    sig = _sig(1)
    near = sig.copy()
    near[:3] += 1  # 61 of 64 MinHash values equal: similarity 0.95
    units = {
        "a.example": _unit("a.example", sig, "2026-03-01", "2026-03-10"),
        "b.example": _unit("b.example", near, "2026-03-12", "2026-03-30"),
    }
    found = find_site_aliases(a + b, ha + hb, set(), units=units)
    assert len(found) == 1
    al = found[0]
    # 6 shared of 20 (30 %) is not enough on the ads alone, but with the same template it is.
    assert (al.site_a, al.site_b, al.strength, al.gap_days) == ("a.example", "b.example", "alias", 2)
    assert al.reason == (
        "same page template (similarity 0.95); 12 shared ad copies and selectors (30%); "
        "first seen 2 days after a.example was last seen"
    )
    assert al.score >= 0.5
    without = find_site_aliases(a + b, ha + hb, set())  # no templates: the ads alone do not make it
    assert without == []


def test_template_alone_is_a_weaker_reason_not_the_same_site() -> None:
    """Two unrelated sites on the same off-the-shelf script: same skeleton, different ads."""
    a, ha = _ads("a.example", 0, 20)
    b, hb = _ads("b.example", 100, 20, offset=500)
    sig = _sig(2)
    units = {
        "a.example": _unit("a.example", sig, "2026-03-01", "2026-03-30"),
        "b.example": _unit("b.example", sig.copy(), "2026-03-05", "2026-03-30"),
        "c.example": _unit("c.example", _sig(3), "2026-03-01", "2026-03-30"),
    }
    c, hc = _ads("c.example", 300, 5, offset=900)
    found = find_site_aliases(a + b + c, ha + hb + hc, set(), units=units)
    assert [(x.site_a, x.site_b, x.strength) for x in found] == [("a.example", "b.example", "template")]
    assert found[0].score < 0.5 and found[0].shared == 0
    assert "same page template (similarity 1.00)" in found[0].reason and "template only" in found[0].reason


def test_template_hand_over_with_a_few_ads_is_an_alias() -> None:
    a, ha = _ads("a.example", 0, 30)
    b, hb = _ads("b.example", 100, 30, offset=28)  # only 2 ads copied (4 keys), but it took over
    sig = _sig(4)
    units = {
        "a.example": _unit("a.example", sig, "2026-03-01", "2026-03-10"),
        "b.example": _unit("b.example", sig.copy(), "2026-03-11", "2026-03-30"),
    }
    assert find_site_aliases(a + b, ha + hb, set(), units=units)[0].strength == "alias"
    units["b.example"] = _unit("b.example", sig.copy(), "2026-03-01", "2026-03-30")  # both live: no hand-over
    assert find_site_aliases(a + b, ha + hb, set(), units=units)[0].strength == "template"


def test_one_odd_page_cannot_make_two_sites_look_alike() -> None:
    """Templates with under 10 % of a site's pages (an error page, a planted page) are not compared."""
    a, ha = _ads("a.example", 0, 20)
    b, hb = _ads("b.example", 100, 20, offset=500)
    planted = _sig(5)
    units = {
        "a.example": SiteUnit("a.example", "a.example", pages=100, templates=[(95, _sig(6)), (5, planted)]),
        "b.example": SiteUnit("b.example", "b.example", pages=50, templates=[(50, planted.copy())]),
    }
    assert find_site_aliases(a + b, ha + hb, set(), units=units) == []
    units["a.example"].templates[1] = (15, planted)  # a real second template of the site: compared
    assert [x.strength for x in find_site_aliases(a + b, ha + hb, set(), units=units)] == ["template"]
