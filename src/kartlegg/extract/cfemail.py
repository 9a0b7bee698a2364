"""Addresses a CDN's e-mail protection encoded in the page (session 32): ``data-cfemail="HEX"`` and
``/cdn-cgi/l/email-protection#HEX``, as a mirror or scraper keeps them
(``<span class="__cf_email__" data-cfemail="…">[email&#160;protected]</span>``).

The scheme is public and documented (Cloudflare's ``email-decode.min.js``): the hex is a byte string whose first byte
is a key; every later byte XOR the key is a byte of the address's UTF-8. A scraper that does not run the page's script
keeps only the hex, so the address is read from it here, and the hex's digits are never read as a phone
(``hidden``). Bounded: only hex of even length after one of the two cues, at most ``MAX_HEX`` characters.
"""

from __future__ import annotations

from typing import Final

from kartlegg.extract.patterns import splice

#: What the hex follows: the span's attribute and the link's fragment.
CUES: Final = ('data-cfemail="', "/email-protection#")
#: The shortest address ("a@b.se": 6 bytes) and the longest (RFC 5321: 254) in hex, with the key's two characters.
MIN_HEX: Final = 2 * (1 + 6)
MAX_HEX: Final = 2 * (1 + 254)
_HEX: Final = frozenset("0123456789abcdefABCDEF")


def may_hold(text: str) -> bool:
    """Can ``text`` hold an encoded address? A substring test on each cue's rarest part, before any scan."""
    return "cfemail" in text or "email-protection#" in text


def encoded(text: str) -> list[tuple[int, int]]:
    """The spans of the hex strings after each cue: even length, ``MIN_HEX`` to ``MAX_HEX`` characters, ending at a
    character that is no hex digit (a longer run is no address's and is left alone)."""
    out: list[tuple[int, int]] = []
    for cue in CUES:
        i = text.find(cue)
        while i >= 0:
            s = i + len(cue)
            e = s
            limit = min(len(text), s + MAX_HEX + 1)
            while e < limit and text[e] in _HEX:
                e += 1
            n = e - s
            if MIN_HEX <= n <= MAX_HEX and n % 2 == 0:
                out.append((s, e))
            i = text.find(cue, e)
    out.sort()
    return out


def decode(hexed: str) -> str | None:
    """The text a hex string encodes (first byte the key, each later byte XOR the key, UTF-8), or None when it is no
    such string: odd length, a character that is no hex digit, bytes that are no UTF-8, or a control character or
    blank in the result (no address holds one). Never raises."""
    if len(hexed) < 4 or len(hexed) % 2 or len(hexed) > MAX_HEX or not all(c in _HEX for c in hexed):
        return None
    key = int(hexed[:2], 16)
    raw = bytes(int(hexed[i : i + 2], 16) ^ key for i in range(2, len(hexed), 2))
    try:
        out = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not out.isprintable() or any(c.isspace() for c in out):
        return None
    return out


def encode(address: str, key: int) -> str:
    """The hex a page holds for ``address`` under ``key`` (0-255): the inverse of ``decode`` (tests, fixtures)."""
    return f"{key:02x}" + "".join(f"{b ^ key:02x}" for b in address.encode("utf-8"))


def hidden(text: str) -> str | None:
    """``text`` with the hex of each encoded address written as "x" (same length: every span stays), or None when it
    holds none. The phone reader reads this: the hex's digits ("…fe9c9191959790…") are no number."""
    if not may_hold(text):
        return None
    spans = encoded(text)
    if not spans:
        return None
    return splice(text, [(s, e, "x" * (e - s)) for s, e in spans])
