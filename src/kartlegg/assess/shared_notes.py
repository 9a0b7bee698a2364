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
from sqlalchemy import Connection

from kartlegg.assess.notes import Args, note
from kartlegg.assess.sentences import listing
from kartlegg.i18n import N_
from kartlegg.store.engine import fetch_in

#: the stored sentence: true whatever the count is when read
UNCOUNTED = N_("the {kind_t} {label} is also used by other profiles")
ONE = N_("the {kind_t} {label} is also used by {n} other profile: {who}")
MANY = N_("the {kind_t} {label} is also used by {n} other profiles: {who}")
#: the stored arguments naming the key and the holder the count is read for
KEY, HOLDER = "shared", "of"
_MARK = f'"{KEY}":'


def shared_note(kind: str, label: str, key: str, holder: str) -> tuple[str, str, Args]:
    """The note ``Evidence`` stores for a holder of a shared contact key (counted when read)."""
    return note(UNCOUNTED, kind_t=kind, label=label, **{KEY: key, HOLDER: holder})


def counted(args: dict[str, Any], others: list[str]) -> tuple[str, str, dict[str, Any]]:
    """(English sentence, message id, arguments) naming ``others`` (sorted), the key's other holders now."""
    msg = ONE if len(others) == 1 else MANY
    filled = {**args, "n": len(others), "who": listing(others)}
    sentence, _, _ = note(msg, **filled)
    return sentence, msg, filled


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


def fill(conn: Connection, cells: Sequence[str | None]) -> list[str | None]:
    """``indicators.evidence`` cells with every shared-key note counted: one read for all of them; a cell
    without such a note is returned as it is (the same object)."""
    marked = [i for i, c in enumerate(cells) if c and _MARK in c]
    if not marked:
        return list(cells)
    parsed: dict[int, dict[str, Any]] = {}
    keys: set[str] = set()
    for i in marked:
        try:
            data = orjson.loads(cells[i] or "")
        except orjson.JSONDecodeError:
            continue
        if not isinstance(data, dict):
            continue
        found = [e for e in _items(data) if isinstance(e["args"].get(KEY), str)]
        if found:
            parsed[i] = data
            keys.update(str(e["args"][KEY]) for e in found)
    held = holders(conn, sorted(keys)) if keys else {}
    out = list(cells)
    for i, data in parsed.items():
        for e in _items(data):
            key, holder = e["args"].get(KEY), e["args"].get(HOLDER)
            others = sorted(held.get(str(key), set()) - {str(holder)})
            if isinstance(key, str) and others:
                e["note"], e["msg"], e["args"] = counted(e["args"], others)
        out[i] = orjson.dumps(data).decode()
    return out


def _items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence items of a cell that carry note arguments."""
    ev = data.get("evidence")
    if not isinstance(ev, list):
        return []
    return [e for e in ev if isinstance(e, dict) and isinstance(e.get("args"), dict)]
