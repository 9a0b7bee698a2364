"""The operations registry: add, list, show, import; every change is audited.

Imports are idempotent by ``key``: importing the same historical records twice replaces each operation
with the same key instead of duplicating it. Bad rows are reported with their line number and skipped;
the rest is kept.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

import orjson
import yaml
from pydantic import ValidationError
from sqlalchemy import Connection, text

from kartlegg.ops.model import Operation, Outcome, Source, Target
from kartlegg.store import audit
from kartlegg.store.ads import now_iso
from kartlegg.store.engine import Store

PLACE_KINDS = ("hotel", "address", "apartment_hotel", "district")
MAX_IMPORT_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class StoredOperation:
    id: int
    op: Operation
    target_links: list[dict[str, list[str]]]
    created_at: str
    updated_at: str


@dataclass(slots=True)
class ImportResult:
    rows: int = 0
    added: int = 0
    updated: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def link_target(conn: Connection, target: Target) -> dict[str, list[str]]:
    """The ads, profiles and networks whose ads name this place (extracted hotel/address selectors)."""
    wanted = " ".join(target.label.split()).casefold()
    sel_ids = [
        int(r[0])
        for r in conn.execute(
            text("SELECT id, value FROM selectors WHERE kind IN ('hotel', 'address', 'apartment_hotel', 'district')")
        )
        if " ".join(str(r[1]).split()).casefold() == wanted
    ]
    if not sel_ids:
        return {"ads": [], "profiles": [], "networks": []}
    ph = ", ".join(f":s{i}" for i in range(len(sel_ids)))
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id, pa.profile_id, p.network_id FROM ad_selectors x "
            "LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id LEFT JOIN profiles p ON p.id = pa.profile_id "
            f"WHERE x.selector_id IN ({ph})"
        ),
        {f"s{i}": s for i, s in enumerate(sel_ids)},
    ).all()
    return {
        "ads": sorted({str(r[0]) for r in rows}),
        "profiles": sorted({r[1] for r in rows if r[1]}),
        "networks": sorted({r[2] for r in rows if r[2]}),
    }


def _write(conn: Connection, op: Operation) -> tuple[int, bool]:
    """Insert, or replace the operation with the same key; returns (id, was_update)."""
    now = now_iso()
    existing = None
    if op.key:
        existing = conn.execute(text("SELECT id FROM operations WHERE external_key = :k"), {"k": op.key}).first()
    values = {
        "name": op.name,
        "unit": op.unit,
        "district": op.district,
        "country": op.country,
        "kind": op.kind,
        "s": op.started_on,
        "e": op.ended_on,
        "notes": op.notes,
        "sources": orjson.dumps([s.model_dump() for s in op.sources]).decode(),
        "k": op.key,
        "t": now,
    }
    if existing:
        op_id = int(existing[0])
        conn.execute(
            text(
                "UPDATE operations SET name = :name, unit = :unit, district = :district, country = :country, "
                "kind = :kind, started_on = :s, ended_on = :e, notes = :notes, sources = :sources, updated_at = :t "
                "WHERE id = :id"
            ),
            {**values, "id": op_id},
        )
        conn.execute(text("DELETE FROM operation_outcomes WHERE operation_id = :i"), {"i": op_id})
        conn.execute(text("DELETE FROM operation_targets WHERE operation_id = :i"), {"i": op_id})
    else:
        op_id = int(
            conn.execute(
                text(
                    "INSERT INTO operations (name, unit, district, country, kind, started_on, ended_on, notes, "
                    "sources, external_key, created_at, updated_at) VALUES (:name, :unit, :district, :country, "
                    ":kind, :s, :e, :notes, :sources, :k, :t, :t) RETURNING id"
                ),
                values,
            ).scalar_one()
        )
    for o in op.outcomes:
        conn.execute(
            text(
                "INSERT INTO operation_outcomes (operation_id, measure, offence, count, qualifier, sentence, court, "
                "decided_on, note) VALUES (:op, :m, :o, :c, :q, :s, :court, :d, :n)"
            ),
            {
                "op": op_id,
                "m": o.measure,
                "o": o.offence,
                "c": o.count,
                "q": o.qualifier,
                "s": o.sentence,
                "court": o.court,
                "d": o.decided_on,
                "n": o.note or "",
            },
        )
    for t in op.targets:
        conn.execute(
            text(
                "INSERT INTO operation_targets (operation_id, kind, label, city, links) "
                "VALUES (:op, :k, :l, :c, :links)"
            ),
            {"op": op_id, "k": t.kind, "l": t.label, "c": t.city, "links": orjson.dumps(link_target(conn, t)).decode()},
        )
    return op_id, existing is not None


def add_operation(store: Store, op: Operation, *, actor: str, reason: str = "") -> int:
    with store.begin() as conn:
        op_id, updated = _write(conn, op)
        audit.record(
            conn,
            actor=actor,
            action="ops.update" if updated else "ops.add",
            object_type="operation",
            object_id=str(op_id),
            justification=reason,
            details={"name": op.name, "key": op.key, "outcomes": len(op.outcomes), "targets": len(op.targets)},
        )
    return op_id


def update_operation(store: Store, op_id: int, op: Operation, *, actor: str, reason: str = "") -> bool:
    """Replace operation ``op_id`` with ``op`` (an edit): it keeps its key, or gets one made from its id."""
    with store.begin() as conn:
        row = conn.execute(text("SELECT external_key FROM operations WHERE id = :i"), {"i": op_id}).first()
        if row is None:
            return False
        key = row[0] or f"op-{op_id}"
        if not row[0]:
            conn.execute(text("UPDATE operations SET external_key = :k WHERE id = :i"), {"k": key, "i": op_id})
    add_operation(store, op.model_copy(update={"key": key}), actor=actor, reason=reason)
    return True


def delete_operation(store: Store, op_id: int, *, actor: str, reason: str) -> bool:
    with store.begin() as conn:
        row = conn.execute(text("SELECT name FROM operations WHERE id = :i"), {"i": op_id}).first()
        if row is None:
            return False
        for table in ("operation_outcomes", "operation_targets"):
            conn.execute(text(f"DELETE FROM {table} WHERE operation_id = :i"), {"i": op_id})
        conn.execute(text("DELETE FROM operations WHERE id = :i"), {"i": op_id})
        audit.record(
            conn,
            actor=actor,
            action="ops.delete",
            object_type="operation",
            object_id=str(op_id),
            justification=reason,
            details={"name": row[0]},
        )
    return True


def _stored(conn: Connection, r: Any) -> StoredOperation:
    op_id = int(r[0])
    outcomes = [
        Outcome.model_validate(
            {
                "measure": o[0],
                "offence": o[1],
                "count": o[2],
                "qualifier": o[3],
                "sentence": o[4],
                "court": o[5],
                "decided_on": o[6],
                "note": o[7] or None,
            }
        )
        for o in conn.execute(
            text(
                "SELECT measure, offence, count, qualifier, sentence, court, decided_on, note FROM operation_outcomes "
                "WHERE operation_id = :i ORDER BY id"
            ),
            {"i": op_id},
        )
    ]
    targets, links = [], []
    for t in conn.execute(
        text("SELECT kind, label, city, links FROM operation_targets WHERE operation_id = :i ORDER BY id"), {"i": op_id}
    ):
        targets.append(Target(kind=t[0], label=t[1], city=t[2]))
        links.append(orjson.loads(t[3]))
    op = Operation.model_construct(
        key=r[10],
        name=r[1],
        unit=r[2],
        district=r[3],
        country=r[4],
        kind=r[5],
        started_on=r[6],
        ended_on=r[7],
        notes=r[8],
        sources=[Source(**s) for s in orjson.loads(r[9])],
        targets=targets,
        outcomes=outcomes,
    )
    return StoredOperation(op_id, op, links, r[11], r[12])


_OP_COLS = (
    "id, name, unit, district, country, kind, started_on, ended_on, notes, sources, external_key, created_at, "
    "updated_at"
)


def get_operation(conn: Connection, op_id: int) -> StoredOperation | None:
    r = conn.execute(text(f"SELECT {_OP_COLS} FROM operations WHERE id = :i"), {"i": op_id}).first()
    return _stored(conn, r) if r else None


def list_operations(
    conn: Connection, *, country: str | None = None, district: str | None = None, year: int | None = None
) -> list[StoredOperation]:
    out = []
    for r in conn.execute(text(f"SELECT {_OP_COLS} FROM operations ORDER BY started_on, id")):
        if country and r[4] != country:
            continue
        if district and (r[3] or "").casefold() != district.casefold():
            continue
        if year and not (r[6] or "").startswith(str(year)):
            continue
        out.append(_stored(conn, r))
    return out


# --- import -------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "key",
    "name",
    "unit",
    "district",
    "country",
    "kind",
    "started_on",
    "ended_on",
    "notes",
    "source_outlet",
    "source_date",
    "measure",
    "offence",
    "count",
    "qualifier",
    "sentence",
    "court",
    "decided_on",
    "target_kind",
    "target_label",
    "target_city",
)


def _csv_records(fh: IO[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """CSV rows grouped into operations: rows with the same key (else name+date+district) merge."""
    reader = csv.DictReader(fh)
    unknown = [c for c in reader.fieldnames or [] if c not in CSV_COLUMNS]
    if not reader.fieldnames or "name" not in reader.fieldnames:
        yield 1, "CSV header must name at least the column 'name'"
        return
    if unknown:
        yield 1, f"unknown column(s): {', '.join(unknown)}"
        return
    for row in reader:
        line = reader.line_num
        if None in row:
            yield line, "more fields than the header names"
            continue
        cells = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in row.items()}
        rec: dict[str, Any] = {
            k: cells.get(k) for k in ("key", "name", "unit", "district", "country", "kind", "started_on", "ended_on")
        }
        rec["notes"] = cells.get("notes") or ""
        rec["sources"] = (
            [{"outlet": cells["source_outlet"], "date": cells.get("source_date")}] if cells.get("source_outlet") else []
        )
        rec["outcomes"] = []
        if cells.get("measure"):
            count = cells.get("count")
            try:
                n = int(count) if count is not None else None
            except ValueError:
                yield line, f"count must be a whole number or empty, not {count!r}"
                continue
            rec["outcomes"].append(
                {k: cells.get(k) for k in ("measure", "offence", "sentence", "court", "decided_on")}
                | {"count": n, "qualifier": cells.get("qualifier") or "exact"}
            )
        rec["targets"] = (
            [
                {
                    "kind": cells.get("target_kind") or "address",
                    "label": cells["target_label"],
                    "city": cells.get("target_city"),
                }
            ]
            if cells.get("target_label")
            else []
        )
        yield line, rec


def _jsonl_records(fh: IO[bytes]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    for line, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        try:
            rec = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            yield line, f"invalid JSON ({str(exc).split(':')[0]})"
            continue
        yield line, rec if isinstance(rec, dict) else "not a JSON object"


def _error(exc: ValidationError) -> str:
    e = exc.errors()[0]
    where = ".".join(str(x) for x in e["loc"])
    return f"{where}: {e['msg']}" if where else str(e["msg"])


def import_records(store: Store, path: Path, *, actor: str, reason: str = "") -> ImportResult:
    """Import historical operations from CSV or JSONL; bad rows are reported and skipped."""
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ValueError(f"{path}: larger than {MAX_IMPORT_BYTES // 1_000_000} MB")
    result = ImportResult()
    merged: dict[str, tuple[int, Operation]] = {}
    order: list[str] = []
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            records = list(_csv_records(fh))
    else:
        with open(path, "rb") as bfh:
            records = list(_jsonl_records(bfh))
    for line, rec in records:
        result.rows += 1
        if isinstance(rec, str):
            result.rejected.append((line, rec))
            continue
        try:
            op = Operation.model_validate(rec)
        except ValidationError as exc:
            result.rejected.append((line, _error(exc)))
            continue
        except ValueError as exc:
            result.rejected.append((line, str(exc)))
            continue
        group = op.key or f"{op.name}\x1f{op.started_on}\x1f{op.district}"
        if group in merged:
            _, prev = merged[group]
            prev.outcomes.extend(op.outcomes)
            prev.targets.extend(op.targets)
            prev.sources.extend(s for s in op.sources if s not in prev.sources)
        else:
            merged[group] = (line, op)
            order.append(group)
    with store.begin() as conn:
        ids = []
        for group in order:
            op_id, updated = _write(conn, merged[group][1])
            ids.append(op_id)
            if updated:
                result.updated += 1
            else:
                result.added += 1
        audit.record(
            conn,
            actor=actor,
            action="ops.import",
            object_type="operation",
            object_id=",".join(map(str, ids)),
            justification=reason,
            details={
                "file": str(path),
                "rows": result.rows,
                "added": result.added,
                "updated": result.updated,
                "rejected": len(result.rejected),
            },
        )
    return result


def example_operations() -> list[Operation]:
    raw = files("kartlegg.report").joinpath("data/example_operations.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    return [Operation.model_validate(o) for o in data["operations"]]


def load_examples(store: Store, *, actor: str = "kartlegg demo") -> int:
    """Load the shipped press examples (idempotent by key); used by ``kartlegg demo``."""
    n = 0
    for op in example_operations():
        add_operation(store, op, actor=actor, reason="example data from public press figures")
        n += 1
    return n
