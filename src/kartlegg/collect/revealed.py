"""What a page shows or reveals that its elements' text leaves out (issue 14, session 35).

``parse_ad`` reads a field as its elements' text. The parser decodes character references as a browser does, but
drops every attribute and script, and keeps text that CSS turns round as written. A contact can be in a page only
there: a "show number" button's number base64 in an attribute (``data-nr="KzQ2…"``, decoded by its script on a
click), a ``mailto:`` built by ``atob('…')``, a ``tel:`` or ``mailto:`` link's target behind words ("call me"), a
number as an image's alt text, an address written backwards under ``unicode-bidi: bidi-override; direction: rtl`` or
``<bdo dir="rtl">``. ``reveal`` writes each into the tree as text beside its element (a reversed element's text turned
round), so that the field's text holds what a person sees or gets by a click. Bounded: each element is looked at once,
only short values are written (``base64contacts``, ``MAX_SHOWN``), and the tree is otherwise left as it was.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from kartlegg.base64contacts import SHAPE, decode_contact

#: The longest alt text, link target or reversed text written.
MAX_SHOWN: Final = 120
#: A link's schemes whose target is a contact.
_CONTACT_SCHEMES: Final = ("tel:", "mailto:", "sms:", "callto:")
#: ``atob('…')``'s argument in a link or handler.
_ATOB: Final = re.compile(r"atob\(\s*['\"]([A-Za-z0-9+/]{8,64}={0,2})['\"]")
_RTL_STYLE: Final = re.compile(r"direction\s*:\s*rtl", re.IGNORECASE)


def _shown_attributes(node: LexborNode) -> list[str]:
    """What the element's attributes hold for a person: decoded base64 contacts, ``atob()``'s decoded argument, a
    contact link's target, an image's alt text that holds a digit or an "@"."""
    out: list[str] = []
    tag = node.tag
    for name, value in node.attributes.items():
        if not value or len(value) > 4000:
            continue
        if name == "alt" and tag == "img":
            if len(value) <= MAX_SHOWN and ("@" in value or any(c.isdigit() for c in value)):
                out.append(value)
        elif name == "href" and value[:8].lower().startswith(_CONTACT_SCHEMES):
            if len(value) <= MAX_SHOWN:
                out.append(value)
        elif "atob(" in value:
            for m in _ATOB.finditer(value):
                got = decode_contact(m.group(1))
                if got is not None:
                    out.append(got)
        elif SHAPE.fullmatch(value) is not None:
            got = decode_contact(value)
            if got is not None:
                out.append(got)
    return out


def _reversed(node: LexborNode) -> bool:
    """Does CSS or ``<bdo dir="rtl">`` show the element's text right to left, letter by letter?"""
    if node.tag == "bdo":
        return (node.attributes.get("dir") or "").strip().lower() == "rtl"
    style = node.attributes.get("style") or ""
    return "bidi-override" in style and _RTL_STYLE.search(style) is not None


def reveal(root: LexborNode) -> None:
    """Write into the tree under ``root`` what its elements show or reveal beyond their text (the module's list)."""
    for node in list(root.traverse()):
        if not node.attributes:
            continue
        if _reversed(node):
            only = node.first_child
            if only is not None and only.next is None and only.is_text_node:  # its text alone, no markup inside
                text = only.text_content or ""
                if 0 < len(text) <= MAX_SHOWN:
                    only.replace_with(text[::-1])
        for shown in _shown_attributes(node):
            node.insert_after(f" {shown} ")
