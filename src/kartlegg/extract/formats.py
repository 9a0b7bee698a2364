"""The structured formats an ad's body may be, each read field by field by its own small module (session 34).

A reader is a function of the body's text that returns a ``structured.Reading`` or None, and starts with a cheap gate
on the text's first characters (most ads are prose and leave at the gate). To add a format (JSON lines, a key: value
attribute list …): write its module with such a function, name its fields in ``data/fields.yaml`` when they are new,
and list it in ``_READERS``; docs/extract.md "Structured formats". A body that is none of them may still hold a
block of one inside its prose (a contact card, a table: ``blocks``, session 35).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Final

from kartlegg.extract import blocks, csvdump, gutters, icalendar, jsonfields, layout, mail, strlists
from kartlegg.extract.structured import BLANKS, Reading

#: Every reader with the first characters (after blanks) its format can open with; the first that recognises the
#: text reads it. A prose ad costs one look at its first character and, when that is a letter, the CSV gate.
_READERS: Final[tuple[tuple[str, Callable[[str], Reading | None]], ...]] = (
    ("{[", jsonfields.read_json),
    ("Bb", icalendar.read_calendar),
    ("", mail.read_mail),  # a header's name (or an mbox "From "), or a pipermail page: ``mail.may_be_mail``'s gate
    ("", csvdump.read_csv),  # a column name opens with a letter, "_" or a quote: asked of any other first character
)


def read_format(text: str) -> Reading | None:
    """The body read field by field by the first reader that recognises its format, or None (prose). A text under a
    line-number gutter (a paste, a code viewer, ``cat -n``) is read without it (``gutters``), then as its format."""
    if len(text) < 16:
        return None
    if gutters.may_hold(text):
        bare = gutters.read_gutter(text)
        if bare is not None:
            source, moves = bare
            inner = _read(source)
            if inner is None or inner.moves:  # a reader that moves characters itself: the lines as written
                return Reading(source, source, moves, (), "gutter")
            return Reading(inner.text, source, moves, inner.numbers, inner.kind, inner.ages, inner.phone_cells)
    return _read(text)


def _without_addresses(r: Reading) -> Reading:
    """``r`` with the IPv4 addresses its fields print blanked (a JSON export's ``"logins": ["77.31.193.103"]``, a
    report's ``Source-IP:`` header): a format's value is read as prose is, and an address is no number in either
    (``blocks.ipv4_addresses``, issue 14 session 42)."""
    if "." not in r.text:
        return r
    spans = blocks.ipv4_addresses(r.text)
    if not spans:
        return r
    return dataclasses.replace(r, text="".join(blocks.blank_spans(r.text, spans)))


def _read(text: str) -> Reading | None:
    """``read_format``'s readers, first to last."""
    i = 0
    while i < 8 and text[i] in BLANKS:
        i += 1
    first = text[i]
    for opens, read in _READERS:
        if opens and first not in opens:
            continue
        r = read(text)
        if r is not None:
            return _without_addresses(r)
    if blocks.may_hold_blocks(text):
        r = blocks.read_blocks(text)  # a card or a table inside a page: read as its format, the prose as prose
        if r is not None:
            return r
    if layout.may_be_columns(text):
        r = layout.read_columns(text)  # a page's two columns extracted across: read a column at a time
        if r is not None:
            return r
    # a row of cells with no header ("26<TAB>722 340 464"): a tab between two numbers' digits is a cell boundary
    tabbed = csvdump.tab_cells(text)
    if strlists.may_hold(text):
        # a list of quoted strings ('phones = ["+46 703 09 0018", "4️⃣1️⃣6️⃣…"]'): a string's closing quote ends its number
        listed = strlists.string_ends(text if tabbed is None else tabbed)
        tabbed = tabbed if listed is None else listed
    bare = blocks.blank_ids(text if tabbed is None else tabbed)  # a UUID or a basic timestamp is no number
    if bare is not None:
        return Reading(bare, text, (), (), "ids")
    return None if tabbed is None else Reading(tabbed, text, (), (), "cells")
