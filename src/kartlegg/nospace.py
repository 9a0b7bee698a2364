"""Recognising "the disk is full" in whatever form it arrives, and saying so in words a user can act on.

A full file system shows up as ``OSError(ENOSPC)`` (WARC files, exports), as SQLite's SQLITE_FULL ("database
or disk is full") or as PostgreSQL's ``disk_full`` (SQLSTATE 53100), usually wrapped by SQLAlchemy. Every
store write is transactional, so the open transaction is rolled back and everything committed before it is
intact: the user needs to know which store filled up, how much room is left, and that a re-run resumes.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from kartlegg.config import Settings

#: SQLite's primary result codes for "database or disk is full" and for an I/O error.
SQLITE_FULL = 13
SQLITE_IOERR = 10
#: With less free space than this, an SQLite I/O error (e.g. when its WAL index cannot grow) is a full disk.
NEARLY_FULL_BYTES = 1 << 20
#: PostgreSQL's SQLSTATE for disk_full.
PG_DISK_FULL = "53100"
_NO_SPACE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


class NoSpace(Exception):
    """A disk-full error found in an exception chain; ``exc`` is the original error."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.exc = exc


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 20:
            continue
        seen.append(e)
        todo.extend([e.__cause__, e.__context__, getattr(e, "orig", None)])
    return seen


def _nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _is_full(e: BaseException, sqlite_folder: Path | None) -> bool:
    if isinstance(e, OSError) and e.errno in _NO_SPACE_ERRNOS:
        return True
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in str(e):
            return True
        io_error = (code is not None and code & 0xFF == SQLITE_IOERR) or "disk I/O error" in str(e)
        return io_error and _nearly_full(sqlite_folder)
    sqlstate = getattr(e, "sqlstate", None) or getattr(e, "pgcode", None)
    return sqlstate == PG_DISK_FULL


def is_no_space(exc: BaseException, *, sqlite_folder: Path | None = None) -> bool:
    """Whether ``exc`` or anything it wraps or was raised while handling says the disk is full.

    ``sqlite_folder``: where the SQLite store lives; an I/O error there counts when its disk is (nearly) full.
    """
    return any(_is_full(e, sqlite_folder) for e in _chain(exc))


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB"


def describe(settings: Settings, exc: BaseException, *, needed: str | None = None) -> str:
    """One paragraph for the user: which store, how much is free, what is kept, what to do."""
    filename = next((e.filename for e in _chain(exc) if isinstance(e, OSError) and e.filename), None)
    if settings.embedded:
        where = f"the store {settings.home / 'kartlegg.sqlite'}"
        probe: Path | None = settings.home
    else:
        from sqlalchemy.engine import make_url

        where = f"the store {make_url(settings.database_url).render_as_string(hide_password=True)} (on its server)"
        probe = None
    if filename:
        where += f" (while writing {filename})"
        probe = Path(str(filename)).parent
    parts = [f"no space left on the disk of {where}."]
    if probe is not None:
        try:
            free = shutil.disk_usage(probe if probe.exists() else settings.home).free
            parts.append(f"{_mb(free)} free there.")
        except OSError:
            pass
    if needed:
        parts.append(needed)
    parts.append("Everything committed before this is intact; free some space and run the command again (it resumes).")
    return " ".join(parts)
