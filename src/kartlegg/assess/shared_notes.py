""" "Also used by N other profiles: who", counted when read, not when scored.

A contact key (phone, e-mail, handle) shared by persons by coincidence of name can have dozens of holders.
Stored with its count and co-holders, one new holder would change every other holder's finding, and with it
her profile row, each of her ads' rows and her network's: a day rewrote ~60,000 entities for 1,000 ads on the
independent corpus. The score needs only the count up to the indicator's saturation, so the stored finding
names the key and its holder (``shared``, ``of``) under a count-free sentence, and the read layer fills in how
many other profiles use the key and who, from the carried holdings (``assess_keys``, ``assess_ads``) of the
last assess run. A store without them (older, or not assessed since) shows the count-free sentence, which is
still true.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.assess.notes import Args, note
from kartlegg.assess.sentences import listing
from kartlegg.i18n import N_
from kartlegg.store.engine import fetch_in

#: the stored sentence: true whatever the count is when read
UNCOUNTED = N_("the {kind_t} {label} is also used by other profiles")
ONE = N_("the {kind_t} {label} is also used by {n} other profile: {who}")
MANY = N_("the {kind_t} {label} is also used by {n} other profiles: {who}")
TEMPLATE_UNCOUNTED = N_("near-duplicate text (names, numbers, places masked) in ads of other profiles")
TEMPLATE_COUNTED = N_("near-duplicate text (names, numbers, places masked) in ads of {n} profiles")
#: the stored arguments naming the key, the holder's ad in its template cluster, and the holder
KEY, TEMPLATE, HOLDER = "shared", "template", "of"
_MARKS = (f'"{KEY}":', f'"{TEMPLATE}":')


def shared_note(kind: str, label: str, key: str, holder: str) -> tuple[str, str, Args]:
    """The note ``Evidence`` stores for a holder of a shared contact key (counted when read)."""
    return note(UNCOUNTED, kind_t=kind, label=label, **{KEY: key, HOLDER: holder})


def template_note(ad_id: int, holder: str) -> tuple[str, str, Args]:
    """The note ``Evidence`` stores for a holder of an ad in a template cluster (counted when read)."""
    return note(TEMPLATE_UNCOUNTED, **{TEMPLATE: ad_id, HOLDER: holder})


def _counted(msg: str, args: dict[str, Any], **now: Any) -> tuple[str, str, dict[str, Any]]:
    """(English sentence, message id, arguments): the stored note under its counted sentence."""
    filled = {**args, **now}
    return note(msg, **filled)[0], msg, filled


def holders(conn: Connection, keys: Sequence[str]) -> dict[str, set[str]]:
    """Each key's persons (profile or ``ad:ID``) as of the last assess run."""
    out: dict[str, set[str]] = defaultdict(set)
    sql = (
        "SELECT DISTINCT k.key, a.grp FROM assess_keys k CROSS JOIN assess_ads a "
        "WHERE k.key IN :ids AND a.ad_id = k.ad_id"
    )
    for key, grp in fetch_in(conn, sql, sorted(set(keys)), 500):
        out[str(key)].add(str(grp))
    return out


#: persons counted per template cluster when read, at most (a page reads a few clusters; one template can
#: hold a sixth of a market's ads): beyond it the note says "1000+"
COUNT_CAP = 1000


def template_counts(conn: Connection, ads: Sequence[int]) -> dict[int, int]:
    """Each ad's template cluster's count of persons (profiles, or ``ad:ID``) as of the last assess run, up
    to ``COUNT_CAP`` (a bounded read per cluster, through ``ix_assess_ads_tcluster``)."""
    cluster = {int(r[0]): int(r[1]) for r in fetch_in(conn, _CLUSTER_OF, ads, 500) if r[1] is not None}
    persons = {
        c: int(conn.execute(text(_PERSONS_IN), {"c": c, "cap": COUNT_CAP}).scalar_one())
        for c in sorted(set(cluster.values()))
    }
    return {a: persons[c] for a, c in cluster.items()}


_CLUSTER_OF = "SELECT ad_id, tcluster FROM assess_ads WHERE ad_id IN :ids"
_PERSONS_IN = "SELECT COUNT(*) FROM (SELECT DISTINCT grp FROM assess_ads WHERE tcluster = :c LIMIT :cap) x"


def fill(conn: Connection, cells: Sequence[str | None]) -> list[str | None]:
    """``indicators.evidence`` cells with every shared-key and template note counted: two or three reads
    for all of them; a cell without such a note is returned as it is (the same object)."""
    marked = [i for i, c in enumerate(cells) if c and any(m in c for m in _MARKS)]
    if not marked:
        return list(cells)
    parsed: dict[int, dict[str, Any]] = {}
    keys: set[str] = set()
    reps: set[int] = set()
    for i in marked:
        try:
            data = orjson.loads(cells[i] or "")
        except orjson.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        found = False
        for e in _items(data):
            if isinstance(e["args"].get(KEY), str):
                keys.add(e["args"][KEY])
                found = True
            elif isinstance(e["args"].get(TEMPLATE), int):
                reps.add(e["args"][TEMPLATE])
                found = True
        if found:
            parsed[i] = data
    held = holders(conn, sorted(keys)) if keys else {}
    sizes = template_counts(conn, sorted(reps)) if reps else {}
    out = list(cells)
    for i, data in parsed.items():
        for e in _items(data):
            key, rep, holder = e["args"].get(KEY), e["args"].get(TEMPLATE), e["args"].get(HOLDER)
            if isinstance(key, str):
                others = sorted(held.get(key, set()) - {str(holder)})
                if others:
                    msg = ONE if len(others) == 1 else MANY
                    e["note"], e["msg"], e["args"] = _counted(msg, e["args"], n=len(others), who=listing(others))
            elif isinstance(rep, int) and (size := sizes.get(rep, 0)) >= 2:
                n = f"{COUNT_CAP}+" if size >= COUNT_CAP else size
                e["note"], e["msg"], e["args"] = _counted(TEMPLATE_COUNTED, e["args"], n=n)
        out[i] = orjson.dumps(data).decode()
    return out


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence items of a cell that carry note arguments."""
    ev = data.get("evidence")
    if not isinstance(ev, list):
        return []
    return [e for e in ev if isinstance(e, dict) and isinstance(e.get("args"), dict)]
