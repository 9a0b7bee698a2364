"""The synthetic demo market: a deterministic fictional world of ads with its ground truth (docs/demo.md).

Persons, controller networks, sites and phone numbers are invented; texts are non-explicit. Every later
stage measures its quality on this market, and the demo web sites serve it.
"""

from kartlegg.demo.market import Market, build_market, iter_market, iter_market_ads, write_market
from kartlegg.demo.phones import STYLES
from kartlegg.demo.photos import image_url, parse_image_name, render_photo

__all__ = [
    "STYLES",
    "Market",
    "build_market",
    "image_url",
    "iter_market",
    "iter_market_ads",
    "parse_image_name",
    "render_photo",
    "write_market",
]
