"""The demo market goes through the real crawler: any object with .ads/.sites/render_photo works."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image
from sqlalchemy import text

from kartlegg.demo.sites import crawl_demo_market
from kartlegg.store.engine import Store
from tests.collect.synthetic import make_ads


@dataclass
class _Site:
    name: str
    domain: str
    language: str
    country: str
    support_phone: str
    support_email: str
    moved_to: str | None = None


class _Market:
    """Shaped like kartlegg.demo.market.Market: sites as objects, ads as input dicts, photos rendered."""

    def __init__(self) -> None:
        self.sites = [
            _Site("rosa", "rosa.example", "no", "NO", "+47 21 00 00 00", "a@rosa.example", "rosa-ny.example"),
            _Site("lilja", "lilja.example", "sv", "SE", "+46 8 000 000", "b@lilja.example"),
            _Site("kat", "kat.example", "da", "DK", "+45 70 00 00 00", "c@kat.example"),
        ]
        self.ads = make_ads(6)
        self.rendered: dict[tuple[str, int], bytes] = {}

    def render_photo(self, photo_id: str, variant: int) -> bytes:
        img = Image.new("RGB", (64, 48), (len(photo_id) * 20 % 255, variant * 60 % 255, 90))
        buf = io.BytesIO()
        img.save(buf, "JPEG")
        self.rendered[(photo_id, variant)] = buf.getvalue()
        return buf.getvalue()


def test_crawl_demo_market_end_to_end(sqlite_store: Store) -> None:
    market = _Market()
    first, second = crawl_demo_market(sqlite_store, market)
    assert first.error_count == 0 and second.error_count == 0, first.errors + second.errors
    with sqlite_store.connect() as conn:
        ads = conn.execute(text("SELECT s.name, a.ad_key FROM ads a JOIN sites s ON s.id = a.site_id")).all()
        sites = {
            r[0]: (r[1], r[2], r[3]) for r in conn.execute(text("SELECT name, domain, country, language FROM sites"))
        }
        images = conn.execute(text("SELECT url, sha256, width FROM ad_images")).all()
    assert {(a["site"], a["id"]) for a in market.ads} == set(map(tuple, ads))
    assert sites["rosa"] == ("rosa-ny.example", "no", "no") and sites["kat"] == ("kat.example", "dk", "da")
    # The photos served are the market's own renderings (p3-0.jpg -> render_photo("p3", 0)).
    rendered = {hashlib.sha256(b).hexdigest() for b in market.rendered.values()}
    assert images and all(r[1] in rendered and r[2] == 64 for r in images)
    assert ("p3", 0) in market.rendered and ("shared", 1) in market.rendered
