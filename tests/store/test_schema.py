"""The declared tables (``store/schema.py`` and each stage's ``tables.py``) are exactly what the SQL
migrations build, on SQLite and on PostgreSQL: column by column (type, nullability, default), primary and
foreign keys, unique constraints and indexes. A migration without its declaration, or the reverse, fails."""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Dialect, MetaData, inspect, text

from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings

TABLE_MODULES = (
    "kartlegg.store.schema",
    "kartlegg.link.tables",
    "kartlegg.assess.tables",
    "kartlegg.collect.tables",
    "kartlegg.web.tables",
    "kartlegg.ops.tables",
    "kartlegg.lifecycle.tables",
)


def _declared() -> MetaData:
    for name in TABLE_MODULES:
        import_module(name)
    from kartlegg.store.schema import metadata

    return metadata


def _default(value: Any) -> str | None:
    """'0', "'alias'::text", 'alias' -> the literal alone, as both backends and the declaration spell it."""
    if value is None:
        return None
    literal = re.sub(r"::[a-z ]+$", "", str(getattr(value, "arg", value)))
    return literal.strip("'")


def _type(compiled: str, dialect: Dialect) -> str:
    """SQLite stores every floating type alike (REAL affinity) and reflects DOUBLE PRECISION as REAL."""
    if dialect.name == "sqlite" and compiled in ("DOUBLE PRECISION", "DOUBLE", "FLOAT"):
        return "REAL"
    return compiled


def _serial_default(value: Any) -> str | None:
    """PostgreSQL reflects a BIGSERIAL as its sequence's ``nextval(...)`` default."""
    literal = _default(value)
    return "serial" if literal and literal.startswith("nextval(") else literal


def _described_declared(meta: MetaData, dialect: Dialect) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for table in meta.sorted_tables:
        pk = tuple(c.name for c in table.primary_key.columns)
        out[table.name] = {
            "columns": {
                c.name: (
                    _type(c.type.compile(dialect=dialect), dialect),
                    # SQLite lets a non-INTEGER primary key hold NULL, and reflects it so: compare keys elsewhere
                    None if (c.primary_key and dialect.name == "sqlite") else c.nullable,
                    "serial"
                    if (c is table.autoincrement_column and dialect.name != "sqlite")
                    else _default(c.server_default),
                )
                for c in table.columns
            },
            "pk": pk,
            "autoincrement": bool(table.dialect_options["sqlite"]["autoincrement"])
            if dialect.name == "sqlite"
            else None,
            "fks": sorted(
                (
                    tuple(e.parent.name for e in fk.elements),
                    fk.referred_table.name,
                    tuple(e.column.name for e in fk.elements),
                    (fk.ondelete or "").upper() or None,
                )
                for fk in table.foreign_key_constraints
            ),
            "unique": sorted(
                {
                    tuple(sorted(c.name for c in u.columns))
                    for u in table.constraints
                    if type(u).__name__ == "UniqueConstraint"
                }
                | {(c.name,) for c in table.columns if c.unique}
            ),
            "indexes": sorted((i.name, tuple(c.name for c in i.columns), bool(i.unique)) for i in table.indexes),
        }
    return out


def _sqlite_ddl(store: Store, table: str) -> str:
    with store.connect() as conn:
        return str(conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": table}).scalar_one())


def _fks(reflected: list[Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (
            tuple(fk["constrained_columns"]),
            fk["referred_table"],
            tuple(fk["referred_columns"]),
            (fk.get("options", {}).get("ondelete") or "").upper() or None,
        )
        for fk in reflected
    )


def _sqlite_fks(store: Store, table: str) -> list[tuple[Any, ...]]:
    """SQLAlchemy does not reflect ON DELETE of an inline REFERENCES on SQLite; SQLite's pragma does."""
    with store.connect() as conn:
        rows = conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})").all()
    return sorted(((r[3],), r[2], (r[4],), None if r[6] == "NO ACTION" else r[6]) for r in rows)


def _described_store(url: str | None, home: Path) -> tuple[dict[str, Any], Dialect]:
    store = open_store(make_settings(home, url))
    try:
        insp = inspect(store.engine)
        out: dict[str, Any] = {}
        dialect = store.engine.dialect
        for name in insp.get_table_names():
            if name.startswith("sqlite_"):
                continue
            pk = tuple(insp.get_pk_constraint(name)["constrained_columns"])
            out[name] = {
                "columns": {
                    c["name"]: (
                        _type(c["type"].compile(dialect=dialect), dialect),
                        None if (c["name"] in pk and dialect.name == "sqlite") else c["nullable"],
                        _serial_default(c.get("default")),
                    )
                    for c in insp.get_columns(name)
                },
                "pk": pk,
                # SQLite's AUTOINCREMENT (ids never reused: the seq watermarks rely on it) is only in the DDL
                "autoincrement": "AUTOINCREMENT" in _sqlite_ddl(store, name) if dialect.name == "sqlite" else None,
                "fks": _sqlite_fks(store, name) if dialect.name == "sqlite" else _fks(insp.get_foreign_keys(name)),
                "unique": sorted({tuple(sorted(u["column_names"])) for u in insp.get_unique_constraints(name)}),
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(name)
                    if "duplicates_constraint" not in i
                ),
            }
        return out, dialect
    finally:
        store.close()


def _compare(url: str | None, home: Path) -> None:
    built, dialect = _described_store(url, home)
    declared = _described_declared(_declared(), dialect)
    assert sorted(built) == sorted(declared), "tables migrated but not declared, or declared but not migrated"
    for name in sorted(built):
        for part in ("columns", "pk", "autoincrement", "fks", "unique", "indexes"):
            assert built[name][part] == declared[name][part], f"{dialect.name}: {name}.{part} differs"


def test_declared_schema_is_what_the_migrations_build_on_sqlite(tmp_path: Path) -> None:
    _compare(None, tmp_path)


@pytest.mark.postgres
def test_declared_schema_is_what_the_migrations_build_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    _compare(pg_url, tmp_path)
