"""A structural fingerprint of a page's template, so a site that reappears under a new domain can be told by
its HTML skeleton even when the ads on it are new.

The skeleton is the element tree without any text: each element is reduced to its tag name plus its
``class`` and ``id`` tokens with digits removed (``ad-123`` and ``ad-456`` are the same slot), every other
attribute is ignored. The shingles are the element paths of depth up to three (``div.card>h2.title>span``)
as a *set*, so an ad with five paragraphs and one with two share the same skeleton.

Two fingerprints per page: ``fingerprint`` (a 64-bit hash of the sorted shingle set: equal for pages of
the same template, however different their ads) and a seeded MinHash of the shingles, stored once per
distinct fingerprint, that estimates how similar two templates are (Jaccard). Link compares sites by these.

The HTML is attacker-controlled: the walk stops after ``MAX_NODES`` elements and ``MAX_DEPTH`` levels, tokens
are cut to ``MAX_TOKEN`` characters and a page keeps at most ``MAX_SHINGLES`` shingles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode
from sqlalchemy import Connection, text

MAX_NODES = 20_000
MAX_DEPTH = 64
MAX_TOKEN = 32
MAX_CLASSES = 6
MAX_SHINGLES = 4_000
PATH_DEPTH = 3
NUM_PERM = 64
#: MinHash permutations are drawn from this seed: the same skeleton gives the same signature on every machine.
SEED = 20261125

_DIGITS = re.compile(r"[0-9]+")
_TOKEN_OK = re.compile(r"[^a-z_\-]+")


@dataclass(frozen=True, slots=True)
class PageTemplate:
    """The template of one page: its exact fingerprint, its MinHash (hex) and how many shingles it had."""

    fingerprint: str
    minhash: str
    shingles: int


def _token(value: str) -> str:
    """A class or id token with digits and anything outside ``[a-z_-]`` removed (``Ad_42x`` -> ``ad_x``)."""
    return _TOKEN_OK.sub("", _DIGITS.sub("", value[: MAX_TOKEN * 2].lower()))[:MAX_TOKEN]


def _element(node: LexborNode) -> str:
    tag = (node.tag or "")[:MAX_TOKEN].lower()
    attrs = node.attributes
    out = tag
    raw_class = attrs.get("class")
    if raw_class:
        toks = sorted({t for t in (_token(c) for c in raw_class[:1000].split()) if t})[:MAX_CLASSES]
        if toks:
            out += "." + ".".join(toks)
    raw_id = attrs.get("id")
    if raw_id:
        tok = _token(raw_id)
        if tok:
            out += "#" + tok
    return out


def skeleton_shingles(tree: LexborHTMLParser) -> frozenset[str]:
    """The set of element paths (depth <= 3) of the page, with no text and no attribute values but class/id."""
    root = tree.root
    if root is None:
        return frozenset()
    shingles: set[str] = set()
    # Depth-first walk with an explicit stack (no recursion on hostile nesting).
    stack: list[tuple[LexborNode, tuple[str, ...], int]] = [(root, (), 0)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, parents, depth = stack.pop()
        tag = node.tag or ""
        if tag.startswith("-"):  # text, comment, doctype
            continue
        seen += 1
        path = (*parents, _element(node))[-PATH_DEPTH:]
        if len(shingles) < MAX_SHINGLES:
            shingles.add(">".join(path))
        if depth >= MAX_DEPTH:
            continue
        children = [c for c in node.iter(include_text=False)]
        for child in reversed(children[:MAX_NODES]):
            stack.append((child, path, depth + 1))
    return frozenset(shingles)


def fingerprint_of(shingles: frozenset[str]) -> str:
    """64-bit hash (hex) of the sorted shingle set: the exact identity of a template."""
    h = hashlib.blake2b(digest_size=8)
    for s in sorted(shingles):
        h.update(s.encode("utf-8", "replace"))
        h.update(b"\x00")
    return h.hexdigest()


def minhash_of(shingles: frozenset[str]) -> str:
    """Seeded MinHash signature (``NUM_PERM`` 32-bit values, hex) of the shingles."""
    from kartlegg.minhash import MinHash  # numpy, imported when used

    return MinHash.of((s.encode("utf-8", "replace") for s in shingles), num_perm=NUM_PERM, seed=SEED).hex()


def page_template(tree: LexborHTMLParser) -> PageTemplate | None:
    """The template of a parsed page, or None when it has too little structure to say anything."""
    shingles = skeleton_shingles(tree)
    if len(shingles) < 3:
        return None
    return PageTemplate(fingerprint_of(shingles), minhash_of(shingles), len(shingles))


def template_of_html(html: str) -> PageTemplate | None:
    """``page_template`` of an HTML string (for callers that have not parsed it yet)."""
    return page_template(LexborHTMLParser(html))


def save_page_template(
    conn: Connection, *, page_id: int, ad_id: int, site: str, url: str, fetched_at: str, template: PageTemplate
) -> None:
    """Record the template of one stored ad page (once per page; its MinHash once per distinct template)."""
    host = (urlsplit(url).hostname or "")[:253].lower()
    conn.execute(
        text(
            "INSERT INTO page_templates (page_id, ad_id, site, host, fingerprint, fetched_at) "
            "VALUES (:p, :a, :s, :h, :f, :t) ON CONFLICT (page_id) DO NOTHING"
        ),
        {"p": page_id, "a": ad_id, "s": site, "h": host, "f": template.fingerprint, "t": fetched_at},
    )
    conn.execute(
        text(
            "INSERT INTO templates (fingerprint, minhash, shingles) VALUES (:f, :m, :n) "
            "ON CONFLICT (fingerprint) DO NOTHING"
        ),
        {"f": template.fingerprint, "m": template.minhash, "n": template.shingles},
    )
