"""A site that reappears under a new domain with the same ads is reported as an alias."""

from __future__ import annotations

from kartlegg.link.aliases import find_site_aliases
from kartlegg.link.cluster import AdFeatures


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
