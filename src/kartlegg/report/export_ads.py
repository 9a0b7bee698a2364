"""The ad export (ARCHITECTURE.md "Ad export"): one row per ad, every written key on every row.

Keys whose stage has not run yet are present with empty values, so consumers never need to guess. The
writers write only the columns the disclosure policy declares for the mode (``views.export_ads``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO, Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess import person_rows
from kartlegg.read import exports
from kartlegg.store.ads import current_version

#: every column the ad export can hold (``policy.yaml`` ``views.export_ads`` picks which are written)
EXPORT_KEYS = exports.ADS
_EMPTY: dict[str, Any] = {
    "phones": [],
    "emails": [],
    "handles": [],
    "ages": [],
    "cities": [],
    "language": None,
    "profile_id": None,
    "network_id": None,
    "risk_score": None,
    "minor_score": None,
    "third_party_score": None,
    "indicators": [],
}


def iter_export_rows(conn: Connection, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every ad's latest version joined with what extraction, linking and assessment stored for it."""
    last = -1
    sql = text(
        "SELECT a.id, a.ad_key, s.name, v.url, v.posted_at, v.city, e.data, e.language, pa.profile_id, "
        "p.network_id, sc.risk_score, sc.minor_score, sc.third_party_score "
        "FROM ads a JOIN sites s ON s.id = a.site_id "
        f"JOIN ad_versions v ON {current_version()} "
        "LEFT JOIN ad_extractions e ON e.version_seq = v.seq "
        "LEFT JOIN profile_ads pa ON pa.ad_id = a.id "
        "LEFT JOIN profiles p ON p.id = pa.profile_id "
        "LEFT JOIN scores sc ON sc.entity_type = 'ad' AND sc.entity_id = CAST(a.id AS TEXT) "
        "WHERE a.id > :last ORDER BY a.id LIMIT :n"
    )
    # every row of the ads: the findings an ad's person's profile holds are joined (``person_rows``)
    ind_sql = text(
        "SELECT entity_id, indicator, contribution, evidence FROM indicators WHERE entity_type = 'ad' "
        "AND entity_id IN :ids ORDER BY entity_id, contribution DESC, indicator"
    )
    while True:
        rows = conn.execute(sql, {"last": last, "n": batch}).all()
        if not rows:
            return
        last = int(rows[-1][0])
        found = conn.execute(ind_sql.bindparams(bindparam("ids", expanding=True)), {"ids": [str(r[0]) for r in rows]})
        joined = person_rows.join(conn, [("ad", str(x[0]), str(x[1]), float(x[2]), str(x[3])) for x in found])
        indicators: dict[str, list[str]] = {}
        for _, eid, ind, contribution, _ in sorted(joined, key=lambda x: (x[1], -x[3], x[2])):
            if contribution > 0:
                indicators.setdefault(eid, []).append(ind)
        for r in rows:
            row: dict[str, Any] = {"id": r[1], "site": r[2], "url": r[3], "posted_at": r[4], "city": r[5]}
            row.update(_EMPTY)
            if r[6]:
                data = orjson.loads(r[6])
                for key in ("phones", "emails", "handles", "ages", "cities"):
                    row[key] = data.get(key, [])
                row["language"] = r[7]
            row["profile_id"] = r[8]
            row["network_id"] = r[9]
            row["risk_score"] = None if r[10] is None else round(float(r[10]), 1)
            row["minor_score"] = None if r[11] is None else round(float(r[11]), 1)
            row["third_party_score"] = None if r[12] is None else round(float(r[12]), 1)
            row["indicators"] = indicators.get(str(r[0]), [])
            yield {k: row[k] for k in EXPORT_KEYS}


def write_jsonl(rows: Iterator[dict[str, Any]], fh: IO[bytes], columns: tuple[str, ...]) -> int:
    """One JSON object per line holding ``columns`` (the policy's for the mode) and nothing else."""
    n = 0
    for row in rows:
        fh.write(orjson.dumps({c: row[c] for c in columns}) + b"\n")
        n += 1
    return n


def _csv_cell(value: Any) -> str:
    """One CSV cell; a cell a spreadsheet would run as a formula gets a leading apostrophe.

    Ad text is attacker-written and analysts open CSV in spreadsheets ("CSV injection"); phone numbers
    such as ``+4670...`` are plain numbers and stay as they are.
    """
    if value is None:
        return ""
    cell = orjson.dumps(value).decode() if isinstance(value, list | dict) else str(value)
    if cell and (cell[0] in "=@\t\r" or (cell[0] in "+-" and not cell[1:].replace(" ", "").isdigit())):
        return "'" + cell
    return cell


def write_csv(rows: Iterator[dict[str, Any]], fh: IO[bytes], columns: tuple[str, ...]) -> int:
    """CSV of ``columns`` (the policy's for the mode) and nothing else; list values as JSON so nothing is lost."""
    text_fh = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text_fh)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_csv_cell(row[k]) for k in columns])
        n += 1
    text_fh.detach()
    return n
