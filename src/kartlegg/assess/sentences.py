"""Explanations as sentences: what the triage queue, profile pages, reports and the CLI print.

One renderer for every door, so the same finding reads the same in the CLI and the workbench: a title and
what was found ("Many persons per phone: the phone +4670… is also used by 3 other profiles: P1, P2, P3"),
numbers rounded, never a raw dict, and long text cut at a word boundary with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from kartlegg.assess import notes
from kartlegg.assess.model import Contribution, Evidence

REASON_CHARS = 140


def clip(value: str, limit: int = REASON_CHARS) -> str:
    """``value`` in at most ``limit`` characters, cut after a whole word (an ellipsis marks the cut)."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def number(x: float) -> str:
    """A score or share as people read it: whole numbers without decimals, others with at most one."""
    r = round(float(x), 1)
    return f"{r:.0f}" if r == int(r) else f"{r:.1f}"


def listing(items: list[str], shown: int = 8) -> str:
    """``a, b, c and 4 more``: a list that never ends mid-name."""
    if len(items) <= shown:
        return ", ".join(items)
    return ", ".join(items[:shown]) + f" and {len(items) - shown} more"


def evidence_phrase(
    evidence: tuple[Evidence, ...] | list[Evidence], level: str, translate: Callable[[str], str] | None = None
) -> str:
    """What was found, from the first evidence item: an aggregate's note (in the reader's language when
    ``translate`` is given and the note has its message id), else the quoted words."""
    order = ("text", "note") if level == "ad" else ("note", "text")
    for key in order:
        for e in evidence:
            value = getattr(e, key)
            if value:
                if key == "text":
                    return f"“{value}”"
                return notes.text(e.msg, e.args, translate) if e.msg and translate else str(value)
    return ""


def reason(title: str, phrase: str, limit: int = REASON_CHARS) -> str:
    """``Title: what was found`` (or the title alone), at most ``limit`` characters."""
    return clip(f"{title}: {phrase}" if phrase else title, limit)


def contribution_sentence(
    c: Contribution, limit: int = REASON_CHARS, translate: Callable[[str], str] | None = None
) -> str:
    said = notes.text(c.note_msg, c.note_args, translate) if c.note_msg and translate else c.note
    return reason(c.title, evidence_phrase(c.evidence, c.level, translate) or said, limit)


def plain(value: Any) -> str:
    if isinstance(value, float):
        return number(value)
    if isinstance(value, list):
        return ", ".join(plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{str(k).replace('_', ' ')} {plain(v)}" for k, v in value.items())
    return str(value)


def stored_evidence_phrase(raw: str | None, limit: int = REASON_CHARS) -> str:
    """What an ``indicators.evidence`` cell says, as a phrase: the assess stage's JSON object (level,
    note, evidence spans), or, from older or imported stores, a JSON string or list, or plain text."""
    if not raw:
        return ""
    try:
        data: Any = orjson.loads(raw)
    except orjson.JSONDecodeError:
        data = raw
    if isinstance(data, dict) and ("evidence" in data or "level" in data):
        ev = [Evidence.from_json(e) for e in data.get("evidence", []) if isinstance(e, dict)]
        return clip(evidence_phrase(ev, str(data.get("level", "ad"))) or str(data.get("note", "")), limit)
    return clip(plain(data), limit)


def stored_evidence_sentence(title: str, raw: str | None, limit: int = REASON_CHARS) -> str:
    """``Title: phrase`` from a stored evidence cell (see ``stored_evidence_phrase``)."""
    return reason(title, stored_evidence_phrase(raw, limit), limit)
