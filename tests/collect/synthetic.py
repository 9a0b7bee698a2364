"""Small synthetic demo market for the collect tests (non-explicit, fictional)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from kartlegg.demo.sites import SiteInfo

SITES = [
    SiteInfo("rosa", "rosa.example", "nb", "no", "+47 21 00 00 00", "hjelp@rosa.example", moved_to="rosa-ny.example"),
    SiteInfo("lilja", "lilja.example", "sv", "se", "+46 8 000 000", "support@lilja.example"),
    SiteInfo("kat", "kat.example", "da", "dk", "+45 70 00 00 00", "kontakt@kat.example"),
]
CITIES = {"rosa": "Oslo", "lilja": "Göteborg", "kat": "København"}


def make_ads(n_per_site: int = 30, images: bool = True) -> list[dict[str, Any]]:
    start = datetime(2026, 3, 1, 8, 0)
    ads = []
    for s in SITES:
        for i in range(n_per_site):
            key = f"{s.name[0]}{1000 + i}"
            ads.append(
                {
                    "id": key,
                    "site": s.name,
                    "url": f"https://{s.domain}/ad/{key}",
                    "posted_at": (start + timedelta(hours=7 * i)).isoformat(),
                    "title": f"Ny i {CITIES[s.name]} – annonse {i} ÆØÅ äö",
                    "body": f"Hei! Ring 4{i:07d}.\n\nTreff meg i sentrum. Nr {i}.",
                    "city": CITIES[s.name],
                    "images": [f"https://{s.domain}/photos/p{i}-0.jpg", f"https://{s.domain}/photos/shared-1.jpg"]
                    if images
                    else [],
                }
            )
    return ads
