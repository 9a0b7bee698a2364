"""Quoted-printable (RFC 2045 6.7) decoded as a mail client decodes it, same length, spans kept (session 35).

A mail's text part or a vCard 2.1 property with ``ENCODING=QUOTED-PRINTABLE`` writes every byte outside ASCII as
"=XX" ("p=C3=A5" is "på", "=C2=B7" a middle dot) and cuts a long line with a soft break, "=" at the line's end
("+47 48 60=⏎53 11"). Read as written, the escapes' hex becomes look-alike digits ("B7 95 65 85") and a soft break
cuts a number, an address or a digit word in two. ``decode`` returns the text decoded line by line, each logical
line (a hard line break ends it) written at its start and padded with blanks before its line break, so that the
text keeps its length and every line break its place; ``moves`` (as ``structured.Reading.moves``) point each decoded
piece back at the raw text, so a span found in the decoded text is restored to the span as written.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

_HEX: Final = frozenset("0123456789ABCDEFabcdef")
#: What may stand between a soft break's "=" and its line break (RFC 2045 allows trailing white space).
_TRAILING: Final = " \t\r"
#: What ends a run of literal characters.
_SIGN: Final = re.compile("[=\n]")


def may_hold(text: str) -> bool:
    """The cheap gate: an escape or a soft break can only be where there is an "="."""
    return "=" in text


def _decoder(charset: str) -> codecs.IncrementalDecoder:
    try:
        return codecs.getincrementaldecoder(charset)(errors="replace")
    except LookupError:
        return codecs.getincrementaldecoder("latin-1")(errors="replace")


def decode(text: str, charset: str = "utf-8", base: int = 0) -> tuple[str, list[tuple[int, int]]]:
    """``text`` (quoted-printable) decoded in ``charset`` (an unknown one as Latin-1), same length: each logical line
    decoded and padded with blanks before its hard line break. And the moves: (start in the decoded text, start in
    ``text``), each plus ``base`` (where ``text`` starts in the field), in order, the last one at the end of the
    text (from there on the two agree again). A multi-byte character's escapes may be cut by a soft break
    ("=C3=⏎=A5"): the decoder keeps its state across it."""
    parts: list[str] = []
    moves: list[tuple[int, int]] = []
    out = 0  # decoded characters written so far
    n = len(text)
    i = 0
    literal = -1  # where the current run of literal characters starts in ``text`` (-1: none)
    escape = -1  # where the escape whose byte the decoder still holds starts (-1: none)
    dec = _decoder(charset)

    def emit(piece: str, at: int) -> None:
        nonlocal out
        moves.append((base + out, base + at))
        parts.append(piece)
        out += len(piece)

    def settle(upto: int) -> None:
        """End a run of literals (up to ``upto``) and a character the decoder holds unfinished."""
        nonlocal literal, escape
        if literal >= 0 and upto > literal:
            emit(text[literal:upto], literal)
        literal = -1
        if escape >= 0:
            tail = dec.decode(b"", final=True)
            dec.reset()
            if tail:
                emit(tail, escape)
            escape = -1

    while i < n:
        c = text[i]
        if c == "=":
            j = i + 1
            while j < n and text[j] in _TRAILING:
                j += 1
            if j >= n or text[j] == "\n":  # a soft break: the line goes on after its line break
                if literal >= 0:
                    emit(text[literal:i], literal)
                    literal = -1
                i = j + 1
                continue
            if i + 2 < n and text[i + 1] in _HEX and text[i + 2] in _HEX:
                if literal >= 0:
                    emit(text[literal:i], literal)
                    literal = -1
                got = dec.decode(bytes((int(text[i + 1 : i + 3], 16),)))
                if got:
                    emit(got, escape if escape >= 0 else i)
                    escape = -1
                elif escape < 0:
                    escape = i  # the first byte of a character: where it is restored to
                i += 3
                continue
        if c == "\n":
            settle(i)
            # a hard line break: the decoded line padded to the raw line's length, the break at its own place
            if out < i:
                parts.append(" " * (i - out))
                out = i
            emit("\n", i)
            i += 1
            continue
        if escape >= 0:
            settle(i)
        if literal < 0:
            literal = i
        nxt = _SIGN.search(text, i + 1)  # literals up to the next "=" or line break
        i = n if nxt is None else nxt.start()
    settle(n)
    if out < n:
        parts.append(" " * (n - out))
    moves.append((base + n, base + n))
    return "".join(parts), moves
