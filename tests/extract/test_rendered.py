"""A field read as a browser shows it (session 35, issue 14): character references (once, and twice in markup escaped
once more), a "show number" button's base64 attribute, a mailto: built by atob(), text turned round by CSS
bidi-override. Synthetic text only; every number and address is invented."""

from __future__ import annotations

import base64
import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.base64contacts import decode_contact
from kartlegg.extract import extract_ad
from kartlegg.extract.rendered import raw_span, render


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _refs(s: str, hexa: bool = False) -> str:
    return "".join(f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};" for c in s)


def _escaped(markup: str) -> str:
    """Markup escaped once more, as an Atom feed's ``type="html"`` content carries it."""
    return html.escape(markup, quote=True)


@pytest.mark.parametrize(
    ("body", "region", "phones", "emails"),
    [
        # sv: the "Visa nummer" button, its number only in the attribute beside a masked copy
        (
            'Lina 24 – Malmö\n<button class="reveal" data-nr="{}">070-1 XX XX – Visa nummer</button>'.format(
                _b64("+46701234987")
            ),
            "SE",
            ["+46701234987"],
            [],
        ),
        # no: every digit a decimal reference, the address's punctuation too
        (
            f"Ring meg på {_refs('92345871')}, kyss. E-post: nora{_refs('@')}gmail{_refs('.')}com",
            "NO",
            ["+4792345871"],
            ["nora@gmail.com"],
        ),
        # da: hex references
        (f"Ring på {_refs('+45 28 71 93 46', hexa=True)} – kys", "DK", ["+4528719346"], []),
        # en: a mailto: decoded by atob()
        (
            "E-mail: <a href=\"javascript:location.href=atob('{}')\">write me</a>".format(
                _b64("mailto:amy.k@outlook.com")
            ),
            "SE",
            [],
            ["amy.k@outlook.com"],
        ),
        # en: an address written backwards, turned by CSS
        (
            'Mail: <span style="unicode-bidi:bidi-override; direction:rtl">moc.oohay@77ikim</span>',
            "SE",
            [],
            ["miki77@yahoo.com"],
        ),
        # sv: the same with <bdo dir="rtl">
        ('Maila: <bdo dir="rtl">es.liamtoh@anna</bdo>', "SE", [], ["anna@hotmail.se"]),
    ],
)
def test_a_contact_the_browser_decodes_is_read(body: str, region: str, phones: list[str], emails: list[str]) -> None:
    ex = extract_ad(body=body, region=region)
    assert ex.values("phone") == phones
    assert ex.values("email") == emails


def test_escaped_twice_in_an_atom_feed() -> None:
    """Atom ``type="html"``: the item's HTML escaped once more, its references with it ("&amp;#55;")."""
    inner = f"<p>Ring/SMS: {_refs('41 52 68 93')}</p><p>E-post: kari{_refs('@')}live{_refs('.')}no</p>"
    body = f'<entry><content type="html">{_escaped(inner)}</content></entry>'
    assert "&amp;#52;" in body
    ex = extract_ad(body=body, region="NO")
    assert ex.values("phone") == ["+4741526893"]
    assert ex.values("email") == ["kari@live.no"]


def test_a_reversed_address_in_escaped_markup() -> None:
    inner = '<span style="unicode-bidi:bidi-override;direction:rtl">kd.liamg@99esil</span>'
    ex = extract_ad(body=f'<content type="html">{_escaped(inner)}</content>', region="DK")
    assert ex.values("email") == ["lise99@gmail.dk"]


def test_the_reversed_form_is_no_address() -> None:
    body = 'E-mail: <span style="direction:rtl;unicode-bidi:bidi-override">moc.liamg@annasol</span>'
    assert extract_ad(body=body, region="SE").values("email") == ["losanna@gmail.com"]


def test_plain_dir_rtl_turns_nothing_round() -> None:
    """Only an override reverses Latin text: ``dir="rtl"`` alone leaves "anna@gmail.com" as written."""
    body = '<p dir="rtl">anna@gmail.com</p>'
    assert extract_ad(body=body, region="SE").values("email") == ["anna@gmail.com"]


def test_spans_point_at_the_source() -> None:
    value = _b64("+4791234567")
    body = f'Tlf: <button data-nr="{value}">912 XX XXX</button>'
    (m,) = [m for m in extract_ad(body=body, region="NO").matches if m.kind == "phone"]
    assert (m.start, m.end) == (body.index(value), body.index(value) + len(value))
    assert m.raw == value


def test_raw_span_covers_a_decoded_piece_whole() -> None:
    text = "a &#52;&#49; b"
    view = render(text)
    assert view is not None and view.text == "a 41 b"
    assert raw_span(view, 2, 4) == (2, 12)
    assert raw_span(view, 5, 6) == (13, 14)
    assert raw_span(view, 3, 4) == (7, 12)


@pytest.mark.parametrize(
    "value",
    [
        "container",  # a class name
        "123456789",  # an id
        "mainContent",
        _b64("hello world, this is text"),  # printable but no contact
        _b64("v=1&id=8819201"),  # a tracking string
        "fe88978ebe90918c9a979d9d91938e9f",  # a CDN's hex
        _b64("+46701234567" * 6),  # too long
    ],
)
def test_ordinary_attribute_values_decode_to_nothing(value: str) -> None:
    assert decode_contact(value) is None
    assert render(f'<div data-x="{value}" class="{value}">Hej</div>') is None


def test_references_of_markup_and_blanks_stay() -> None:
    """A browser shows "&lt;p&gt;" as "<p>": the view does not rebuild the markup."""
    assert render("&lt;p&gt;Hei &amp; velkommen &quot;x&quot; &#60;b&#62;") is None


def test_blank_and_letter_references_are_read() -> None:
    """A no-break space between a number's groups is a blank; "&aring;tte" is a digit word."""
    view = render("Ring 41&nbsp;52&#160;68 93 – &aring;tte")
    assert view is not None and view.text == "Ring 41 52 68 93 – åtte"


_NUMBERS = st.builds(
    lambda a, b: f"+47 {a} {b}",
    st.sampled_from(["41", "48", "90", "92", "97"]),
    st.from_regex(r"[0-9]{6}", fullmatch=True),
)
_ADDRESSES = st.builds(
    lambda u, h, t: f"{u}@{h}.{t}",
    st.from_regex(r"[a-z][a-z0-9]{2,10}", fullmatch=True),
    st.sampled_from(["gmail", "hotmail", "outlook", "online"]),
    st.sampled_from(["no", "se", "dk", "com"]),
)


@settings(max_examples=60, deadline=None)
@given(contact=st.one_of(_NUMBERS, _ADDRESSES), form=st.sampled_from(["refs", "hex", "twice", "base64", "atob"]))
def test_an_encoded_contact_reads_as_its_plain_form(contact: str, form: str) -> None:
    kind = "email" if "@" in contact else "phone"
    plain = extract_ad(body=f"<p>Kontakt: {contact}</p>", region="NO").values(kind)
    if form == "refs":
        source = _refs(contact)
        body = f"<p>Kontakt: {source}</p>"
    elif form == "hex":
        source = _refs(contact, hexa=True)
        body = f"<p>Kontakt: {source}</p>"
    elif form == "twice":
        source = _escaped(_refs(contact))
        body = _escaped("<p>Kontakt: ") + source + _escaped("</p>")
    elif form == "base64":
        source = _b64(contact)
        body = f'<p>Kontakt: <button data-nr="{source}">XX XX</button></p>'
    else:
        source = _b64(("mailto:" if kind == "email" else "tel:") + contact)
        body = f"<p>Kontakt: <a href=\"javascript:location.href=atob('{source}')\">her</a></p>"
    ex = extract_ad(body=body, region="NO")
    assert ex.values(kind) == plain
    for m in ex.matches:
        if m.kind == kind:
            start = body.index(source)
            assert start <= m.start < m.end <= start + len(source)
            assert m.raw == body[m.start : m.end]


@settings(max_examples=80, deadline=None)
@given(blob=st.binary(min_size=6, max_size=300))
def test_random_base64_blobs_yield_nothing(blob: bytes) -> None:
    value = base64.b64encode(blob).decode()
    body = f'<img src="x.png" data-blob="{value}" alt="bild"> <a onclick="atob(\'{value}\')">x</a>'
    if decode_contact(value) is None:  # none of them is a short printable contact
        assert render(body) is None
