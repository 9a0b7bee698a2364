"""What the golden-case tests of phone reading share: one ad site per country (its name sets the country a number
written without its code is read in) and the phones read from an ad's body. One place, so that a case written for
one corpus's class reads its numbers as every other class's cases do."""

from __future__ import annotations

from kartlegg.extract import extract_ad

NO = {"site": "kveldlys.no"}
SE = {"site": "kvall.se"}
DK = {"site": "moterom.dk"}


def phones(body: str, **kw: str) -> list[str]:
    """The phones ``extract_ad`` reads from ``body`` (``kw``: the site, a URL, a title), sorted."""
    return sorted(extract_ad(body=body, **kw).values("phone"))
