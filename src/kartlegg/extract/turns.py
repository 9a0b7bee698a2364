"""A number cut across two turns of one writer in a transcript (issue 14, session 42).

A person who types a number into a chat sends it in two messages as often as in one: the Enter key hit halfway
("[18:46:26] Du: +46 739" then "[18:47:27] Du: 926 950"), an SMS thread's two texts, a forum's quick reply, a chat
assistant's transcript kept as JSON lines (``{"role": "user", "content": "+46 7671"}`` then ``{"role": "user",
"content": "66208"}``). Each half alone is no number; read as the page stands, the first half runs into the next
turn's time ("+46 739 ⏎ [18:47:27]") and the second stands alone.

``chat`` reads a group chat's export (a dated header on every line from the text's start, or Telegram's message
objects) and keeps only the post; a transcript that is not such an export (a time-only header "[18:46:26] Du:", a
title line above the turns, JSON lines with a ``role``/``author``/``sender`` and a ``content``/``text``/``message``)
is read as it is, and ``turn_splits`` lists only its candidate cuts, in ``chat.Post.splits``' form: the last digit
runs of a turn with the whole of the same writer's very next turn when that turn is nothing but a run of digits.
The caller (``api._chat_splits``) joins a pair only when the two together are one valid number and neither half
alone is one: two numbers sent in two messages never glue, and another writer's turn between them cuts nothing.
Spans point at the text given (a format reader's source has the positions of the text read).
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract.chat import halves_with

#: A turn's header after a line break (the text is read with one before it): an optional date (any order and
#: separator), a time (seconds optional), in square brackets or not, " - " or a blank, then the writer (no line
#: break, up to 40 characters) and ": ".
_TEXT_TURN: Final = re.compile(
    r"\n\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?[ \t]*(?:[-\u2013][ \t]*)?"
    r"([^\s:\[\]][^:\n]{0,39}?):[ \t]"
)
#: A message object's writer and its text: the key of each (a flat object: JSON lines, an API's message list).
_JSON_WRITER: Final = re.compile(r'"(?:role|author|sender|from|speaker|direction)"\s*:\s*"([^"\\\n]{1,60})"')
_JSON_TEXT: Final = re.compile(r'"(?:content|text|message|body|msg)"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
#: Turns looked at (a hostile body is bounded).
_MAX_TURNS: Final = 400


#: A JSON message's text keys: the gate's substring searches.
_TEXT_KEYS: Final = ('"content"', '"text"', '"message"')


def may_hold(text: str, json_read: bool) -> bool:
    """The cheap gate. A text the JSON reader read (``json_read``): one of a message's text keys twice (a single
    message object, a Discord post's JSON, holds one turn and no cut). Any other: two lines that open with a turn's
    header (a time, a writer and ": "; the text's first line counts)."""
    if json_read:
        for key in _TEXT_KEYS:
            k = text.find(key)
            if k >= 0 and text.find(key, k + len(key)) >= 0:
                return True
        return False
    if ": " not in text:
        return False
    lined = "\n" + text  # the first line's header after a line break too
    first = _turn_from(lined, 0)
    return first is not None and _turn_from(lined, first.end() - 1) is not None


def _turn_from(lined: str, pos: int) -> re.Match[str] | None:
    """``_TEXT_TURN.search(lined, pos)``, tried only at each line break (``str.find``) whose next character can open
    a header: "[" or a digit. The search stopped at every line break and cost ~25 k instructions a text (compiled)."""
    i = lined.find("\n", pos)
    n = len(lined)
    while i >= 0:
        if i + 1 < n and (lined[i + 1] == "[" or lined[i + 1].isdecimal()):
            m = _TEXT_TURN.match(lined, i)
            if m is not None:
                return m
        i = lined.find("\n", i + 1)
    return None


def _text_turns(text: str) -> list[tuple[str, int, int]]:
    """Each turn of a text transcript: its writer, its text's start and end (the line's end)."""
    out: list[tuple[str, int, int]] = []
    lined = "\n" + text  # each header after a line break: the engine skips from one to the next (no "^" with re.M)
    for m in _TEXT_TURN.finditer(lined):
        at = m.end() - 1
        end = text.find("\n", at)
        out.append((m.group(1).strip(), at, len(text) if end < 0 else end))
        if len(out) >= _MAX_TURNS:
            break
    return out


def _json_turns(text: str) -> list[tuple[str, int, int]]:
    """Each message object's writer and its text's span: the writer is the writer key's value in the same object
    (between the text's nearest "{" before it and "}" after it)."""
    out: list[tuple[str, int, int]] = []
    for m in _JSON_TEXT.finditer(text):
        lb = text.rfind("{", 0, m.start())
        rb = text.find("}", m.end())
        if lb < 0 or rb < 0:
            continue
        w = _JSON_WRITER.search(text, lb, rb)
        out.append((w.group(1) if w is not None else "", m.start(1), m.end(1)))
        if len(out) >= _MAX_TURNS:
            break
    return out


def turn_splits(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """The candidate cuts of a number over two turns of one writer (module docstring), the likeliest first for each
    second half; empty when ``text`` has no turns."""
    head = text.lstrip()[:1]
    json_like = head == "{" or (head == "[" and text.lstrip()[1:].lstrip()[:1] == "{")
    turns = _json_turns(text) if json_like else _text_turns(text)
    out: list[tuple[int, int, int, int]] = []
    for k in range(1, len(turns)):
        wa, a_s, a_e = turns[k - 1]
        wb, b_s, b_e = turns[k]
        if wa and wa == wb:
            out.extend(halves_with(text, a_s, a_e, b_s, b_e))
    return tuple(out)
