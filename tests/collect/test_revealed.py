"""A crawled ad's body holds what the page shows or reveals beyond its elements' text (session 35, issue 14): a "show
number" button's base64 attribute, a mailto: built by atob(), a tel:/mailto: link's target, a number as an image's alt
text, an address turned round by CSS. Invented numbers and addresses only."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.collect.parse import parse_ad
from kartlegg.collect.sitedef import parse_definition

SITE = parse_definition(
    {
        "name": "r",
        "domains": ["r.example"],
        "start_urls": ["http://r.example/"],
        "listing": {"ad_links": "a.ad"},
        "ad": {"id_from_url": r"/ad/(\d+)$", "title": {"css": "h1"}, "body": {"css": "div.body"}},
    },
    "test",
)


def _body(inner: str) -> str:
    page = f"<html><body><h1>Nora 25</h1><div class=body>{inner}</div></body></html>"
    ad = parse_ad(page, "http://r.example/ad/5", SITE)
    assert ad is not None
    return ad.body


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def test_a_show_number_button_keeps_its_number() -> None:
    body = _body(f'<p>Ring mig</p><button class="reveal" data-nr="{_b64("+46701234987")}">070-1 XX XX</button>')
    assert "+46701234987" in body and "070-1 XX XX" in body


def test_an_atob_mailto_and_link_targets_are_kept() -> None:
    inner = (
        f"<a href=\"javascript:location.href=atob('{_b64('mailto:kari.n@online.no')}')\">E-post</a>"
        ' <a href="tel:+4791234567">ring meg</a> <img src="/n.png" alt="912 34 567">'
    )
    body = _body(inner)
    assert "mailto:kari.n@online.no" in body
    assert "tel:+4791234567" in body
    assert "912 34 567" in body


def test_a_reversed_address_is_shown_turned() -> None:
    body = _body('Mail: <span style="unicode-bidi: bidi-override; direction: rtl">kd.liamg@enil</span>')
    assert "line@gmail.dk" in body and "kd.liamg" not in body
    assert "es.liamtoh@ais" in _body('<span dir="rtl">es.liamtoh@ais</span>')  # dir alone turns no Latin text


def test_ordinary_attributes_add_nothing() -> None:
    inner = '<div class="container" id="mainContent1" data-id="123456" data-key="Zm9vYmFyYmF6">Hej</div>'
    inner += '<img src="/a.jpg" alt="Nora"><a href="/ad/6">next</a>'
    assert _body(inner) == "Hej\nnext"


@settings(max_examples=50, deadline=None)
@given(blob=st.binary(min_size=6, max_size=400))
def test_random_base64_blobs_add_nothing(blob: bytes) -> None:
    value = base64.b64encode(blob).decode()
    assert _body(f'<p data-blob="{value}">Hej</p>') == "Hej"
