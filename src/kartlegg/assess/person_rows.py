"""An ad's findings stored once, on its person's profile, and joined when read.

An ad placed in a profile is scored as one sample of its person: each of its findings is the person's
(her count, her share of ads such as "in 28 % of the person's ads", her evidence after the ad's own).
Stored in each ad's rows, one new ad of a person moved the share of every finding of hers and so rewrote
every row of every ad of hers: on the independent 100k corpus a day of 1,000 ads changed ~27,000 ad rows.
So an ad's stored rows hold only what is the ad's own: a ``PERSON_ROW`` naming the profile (and the
evidence cap the run used), a row per finding with the ad's own evidence, and a ``skip`` row for a finding
of the ad's that its person's strength leaves out of its score. The read joins the profile's rows: each of
them (but the fairness guard's) is the ad's, with the ad's own evidence first, then the profile's up to
the cap, as ``scoring.merge_hits`` pooled them. The run stores an ad so only when that join gives its
contributions exactly (``slim``); otherwise it stores them whole, as before.

The ad's scores are still stored per ad: they are the triage queue's order and the fairness guard's
level-wide boundaries (the top decile of every ad's score), which a read of one ad cannot compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection

from kartlegg.assess.model import FAIRNESS_ROW, PERSON_ROW, Contribution
from kartlegg.store.engine import fetch_in

#: (entity_type, entity_id, indicator, contribution, evidence cell): an ``indicators`` row
Row = tuple[str, str, str, float, str]


def pooled(own: list[dict[str, Any]], person: list[dict[str, Any]], cap: int) -> list[dict[str, Any]]:
    """The ad's evidence of a finding: its own first, then its person's it lacks, up to ``cap`` items
    (``merge_hits`` of the ad's own finding with the person's, in their JSON form)."""
    return own + [e for e in person if e not in own][: cap - len(own)]


def _same(a: Contribution, b: Contribution) -> bool:
    """The two contributions say the same but for their evidence."""
    return (a.indicator, a.title, a.level, a.strength, a.minor, a.third_party, a.risk, a.note, a.note_msg) == (
        b.indicator,
        b.title,
        b.level,
        b.strength,
        b.minor,
        b.third_party,
        b.risk,
        b.note,
        b.note_msg,
    ) and dict(a.note_args) == dict(b.note_args)


#: a person's contributions by indicator, each with its evidence in JSON form (``person``)
Person = dict[str, tuple[Contribution, list[dict[str, Any]]]]


def person(contributions: Sequence[Contribution]) -> Person:
    """A profile's contributions as ``slim`` compares them (made once per profile, not once per ad)."""
    return {c.indicator: (c, [e.to_json() for e in c.evidence]) for c in contributions}


def slim(
    ad: Sequence[Contribution],
    own: dict[str, list[dict[str, Any]]],
    hers: Person,
    profile: str,
    cap: int,
) -> list[tuple[str, float, dict[str, Any]]] | None:
    """The rows an ad stores in place of its contributions ``ad`` (``own``: its own findings' evidence, in
    JSON form and capped), when joining its person's contributions ``hers`` (her profile's stored rows)
    gives them back exactly; None when it does not (the ad stores its contributions whole)."""
    theirs = dict(hers)
    rows: list[tuple[str, float, dict[str, Any]]] = []
    for c in ad:
        p, p_evidence = theirs.pop(c.indicator, (None, []))
        if p is None or not _same(c, p):
            return None
        mine = own.get(c.indicator, [])
        # without evidence of its own, the join gives the person's first ``cap`` items: when the ad's are those
        # (equal fields, so equal JSON) nothing needs turning into JSON (most findings of most ads)
        if (mine or c.evidence != p.evidence[:cap]) and [e.to_json() for e in c.evidence] != pooled(
            mine, p_evidence, cap
        ):
            return None
        if mine:
            rows.append((c.indicator, 0.0, {"evidence": mine}))
    for ind in theirs:  # the person's findings the ad's score leaves out: only its own ones can be
        if ind not in own:
            return None
        rows.append((ind, 0.0, {"skip": True}))
    rows.append((PERSON_ROW, 0.0, {"person": profile, "cap": cap}))
    return rows


def _object(cell: str) -> dict[str, Any]:
    try:
        data = orjson.loads(cell or "{}")
    except orjson.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def join(conn: Connection, rows: Sequence[Row]) -> list[Row]:
    """``rows`` with each slim ad's rows replaced by its findings as scored (its person's profile rows
    joined, one read for all of them); other rows as they are. Their order is kept but for the joined
    ads' rows, which come after, largest contribution first (then by indicator)."""
    persons: dict[str, tuple[str, int]] = {}
    for r in rows:
        if r[0] == "ad" and r[2] == PERSON_ROW:
            data = _object(r[4])
            persons[r[1]] = (str(data.get("person", "")), int(data.get("cap", 0)))
    if not persons:
        return list(rows)
    theirs: dict[str, list[tuple[str, float, str]]] = {}
    sql = (
        "SELECT entity_id, indicator, contribution, evidence FROM indicators "
        "WHERE entity_type = 'profile' AND entity_id IN :ids"
    )
    for pid, ind, contribution, cell in fetch_in(conn, sql, {p for p, _ in persons.values()}):
        if ind not in (FAIRNESS_ROW, PERSON_ROW):
            theirs.setdefault(str(pid), []).append((str(ind), float(contribution), str(cell)))
    out: list[Row] = []
    own: dict[str, dict[str, dict[str, Any]]] = {a: {} for a in persons}
    for r in rows:
        if r[0] == "ad" and r[1] in persons and r[2] != FAIRNESS_ROW:
            if r[2] != PERSON_ROW:
                own[r[1]][r[2]] = _object(r[4])
        else:
            out.append(r)
    for ad, (pid, cap) in persons.items():
        mine = own[ad]
        joined: list[Row] = []
        for ind, contribution, cell in theirs.get(pid, []):
            said = mine.get(ind, {})
            if said.get("skip"):
                continue
            data = _object(cell)
            ev = data.get("evidence")
            data["evidence"] = pooled(list(said.get("evidence", [])), ev if isinstance(ev, list) else [], cap)
            joined.append(("ad", ad, ind, contribution, orjson.dumps(data).decode()))
        joined.sort(key=lambda r: (-r[3], r[2]))
        out.extend(joined)
    return out
