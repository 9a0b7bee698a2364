"""The link graph as an Analyst's Notebook Exchange chart (``.anx``): ANB opens it with File > Open.

Analyst's Notebook reads its own XML exchange format without an import specification (i2's documentation
of the import formats). The chart is written with ``anxwritter`` (MIT, on PyPI), whose element and
attribute names agree with the other public ANX writers (Lumify's Analyst's Notebook export, a SQL Server
ANX generator), and checked with its validator before it is written. Entity types are ANB's standard
palette names (the mapping of the CSV sheets, ``i2.I2_ENTITY_TYPES``); dates are typed date
attributes and each link carries its first day, so ANB's timeline and histogram work on them.

Text comes from hostile ads: characters XML 1.0 cannot hold (control characters, lone surrogates) are
dropped and every value is cut to ``MAX_TEXT`` characters.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from kartlegg.report.graph import Graph

MAX_TEXT = 2_000
#: kartlegg edge type -> the link label shown on the chart
LINK_LABELS = {
    "advertises_on": "advertises on",
    "uses_phone": "uses phone",
    "uses_email": "uses e-mail",
    "uses_handle": "uses handle",
    "uses_image": "uses image",
    "linked": "same person?",
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", str(value))[:MAX_TEXT]


def _day(value: object) -> date | str | None:
    """An ISO day as a date (a typed ANB date attribute); anything else as text, None as None."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return _text(value)


def _attrs(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, v in values.items():
        if v is None or v == "":
            continue
        out[name] = v if isinstance(v, (int, float, date)) and not isinstance(v, bool) else _text(v)
    return out


def write_anx(g: Graph, path: Path, entity_types: dict[str, str]) -> Path:
    """Write ``g`` as an ANB chart to ``path`` (``entity_types``: kartlegg node type -> ANB entity type)."""
    from anxwritter import ANXChart  # imported when used: its import loads loguru

    chart = ANXChart()
    for n in g.nodes.values():
        a = n.attrs
        chart.add_icon(
            id=_text(n.id),
            type=entity_types.get(n.type, "Entity"),
            label=_text(n.label),
            attributes=_attrs(
                {
                    "kartlegg Type": n.type,
                    "Network ID": a.get("network_id"),
                    "Risk Score": a.get("risk_score"),
                    "Minor Score": a.get("minor_score"),
                    "Third Party Score": a.get("third_party_score"),
                    "First Seen": _day(a.get("first_seen")),
                    "Last Seen": _day(a.get("last_seen")),
                    "Ads": a.get("ads"),
                }
            ),
        )
    for e in g.edges.values():
        first = _day(e.first_seen)
        chart.add_link(
            from_id=_text(e.source),
            to_id=_text(e.target),
            type=e.type,
            label=LINK_LABELS.get(e.type, e.type),
            date=first.isoformat() if isinstance(first, date) else None,
            attributes=_attrs(
                {"Last Seen": _day(e.last_seen), "Weight": e.weight, "Reason": e.reason, "kartlegg Link ID": e.id}
            ),
        )
    errors = chart.validate()
    if errors:
        raise ValueError(f"the Analyst's Notebook chart does not validate: {errors[:3]}")
    chart.to_anx(str(path))
    return path
