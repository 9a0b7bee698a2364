"""The synthetic demo market: a deterministic fictional world of ads with its ground truth (docs/demo.md).

Persons, controller networks, sites and phone numbers are invented; texts are non-explicit. Every later
stage measures its quality on this market, and the demo web sites serve it.
"""

from kartlegg.demo.market import Market, build_market, iter_market, iter_market_ads, write_market
from kartlegg.demo.phones import STYLES
from kartlegg.demo.photos import image_url, parse_image_name, render_photo
from kartlegg.demo.scoring import bcubed, gold_networks, gold_profiles, load_truth, pairwise, roc_auc, score_phones

__all__ = [
    "STYLES",
    "Market",
    "bcubed",
    "build_market",
    "gold_networks",
    "gold_profiles",
    "image_url",
    "iter_market",
    "iter_market_ads",
    "load_truth",
    "pairwise",
    "parse_image_name",
    "render_photo",
    "roc_auc",
    "score_phones",
    "write_market",
]
