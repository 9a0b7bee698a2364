"""Versioned schema migrations, applied automatically when a store is opened.

Migrations are SQL files in ``store/sql/`` named ``NNNN_name.sql``; statements end with ``;`` at the end
of a line. ``{pk}`` becomes the dialect's auto-increment primary key, ``{idpk}`` a caller-given 64-bit one,
``{blob}`` the dialect's byte string type, ``{norowid}`` after a table's definition makes it one B-tree
keyed by its primary key in SQLite (``WITHOUT ROWID``; nothing in PostgreSQL). A statement that starts with
``{sqlite}`` runs on SQLite only (a trigger: PostgreSQL's are written another way, and a store's readers say what
they do without one).
A migration runs once, inside one transaction, and is recorded in ``schema_version``. Versions are applied
in ascending order and may leave gaps, so that stages developed in parallel each own a range and never
edit each other's files:

* 1-9 spine · 10-19 link · 20-29 assess · 30-39 collect · 40-49 web · 50-59 report and operations
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files

from sqlalchemy import Connection, text

_PK = {"sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT", "postgresql": "BIGSERIAL PRIMARY KEY"}
# A 64-bit primary key given by the caller (hash ids); in SQLite the rowid itself.
_IDPK = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "BIGINT PRIMARY KEY"}
_BLOB = {"sqlite": "BLOB", "postgresql": "BYTEA"}
_NOROWID = {"sqlite": " WITHOUT ROWID", "postgresql": ""}
_SQLITE_ONLY = "{sqlite}"
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(sql: str) -> tuple[str, ...]:
    """Split a migration file into statements; ``--`` comment lines are dropped."""
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    parts = re.split(r";[ \t]*(?:\n|$)", "\n".join(lines))
    return tuple(p.strip() for p in parts if p.strip())


@cache
def bundled_migrations() -> tuple[Migration, ...]:
    """The migrations shipped in the package, in version order."""
    found: list[Migration] = []
    for entry in files("kartlegg.store").joinpath("sql").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), split_statements(entry.read_text("utf-8"))))
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"two migrations share a version number: {sorted(versions)}")
    return tuple(sorted(found, key=lambda m: m.version))


def applied_versions(conn: Connection) -> set[int]:
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    )
    return {int(r[0]) for r in conn.execute(text("SELECT version FROM schema_version"))}


def migrate(conn: Connection, migrations: tuple[Migration, ...] | None = None) -> list[int]:
    """Apply every migration not yet applied, in version order; return the versions applied."""
    dialect = conn.dialect.name
    done = applied_versions(conn)
    applied: list[int] = []
    for m in migrations if migrations is not None else bundled_migrations():
        if m.version in done:
            continue
        for stmt in m.statements:
            if stmt.startswith(_SQLITE_ONLY):
                if dialect != "sqlite":
                    continue
                stmt = stmt[len(_SQLITE_ONLY) :].lstrip()
            sql = (
                stmt.replace("{pk}", _PK[dialect])
                .replace("{idpk}", _IDPK[dialect])
                .replace("{blob}", _BLOB[dialect])
                .replace("{norowid}", _NOROWID[dialect])
            )
            conn.execute(text(sql))
        conn.execute(
            text("INSERT INTO schema_version (version, name, applied_at) VALUES (:v, :n, :t)"),
            {"v": m.version, "n": m.name, "t": datetime.now(UTC).isoformat(timespec="seconds")},
        )
        applied.append(m.version)
    return applied
