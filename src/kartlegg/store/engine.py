"""Opening a store: the embedded SQLite file by default, PostgreSQL when configured.

SQLite runs in WAL mode: readers (the web workbench) never block the one writer (ingest, analyze) and
vice versa; a second writer waits up to ``busy_timeout`` instead of failing at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from kartlegg.config import Settings, load_settings
from kartlegg.store.audit import anchor_for
from kartlegg.store.migrations import migrate


class StoreError(Exception):
    """A store problem the user can act on (unreachable server, unwritable folder, ...)."""


def fetch_all(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` (``params`` in the driver's placeholders) as plain tuples, read on the
    connection's DBAPI cursor inside its transaction: for the few reads of one narrow row per ad of the
    whole store an incremental run still makes, and its many reads by id, where SQLAlchemy's per-row result
    objects cost twice the query (0.9 s against 0.4 s for 300,000 rows). A statement that returns no rows
    (DML without ``RETURNING``) gives an empty list."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql, params) if params else cur.execute(sql)
        return [tuple(r) for r in cur.fetchall()] if cur.description is not None else []
    finally:
        cur.close()


def placeholder(conn: Connection) -> str:
    """The driver's parameter mark for ``exec_driver_sql`` and ``fetch_all``: sqlite3's ``?``, psycopg's ``%s``."""
    return "?" if conn.dialect.name == "sqlite" else "%s"


def fetch_in(
    conn: Connection, sql: str, ids: Iterable[Any], chunk: int = 900, params: tuple[Any, ...] = ()
) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (a query, or DML with or without ``RETURNING``, with an ``IN :ids`` list, after the
    driver placeholders of ``params``) for ``ids``, ``chunk`` ids a statement (900: under SQLite's older limit
    of 999 parameters), read through ``fetch_all``. The list is spelled out as driver placeholders:
    SQLAlchemy's expanding parameters cost more than the query on the thousands of rows an incremental run
    reads by id."""
    vals = sorted(set(ids))
    ph = placeholder(conn)
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(vals), chunk):
        part = vals[start : start + chunk]
        out.extend(fetch_all(conn, sql.replace(":ids", f"({', '.join([ph] * len(part))})"), (*params, *part)))
    return out


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # Ads are ~1 KB rows: 16 KiB pages split less and overflow less. Only takes effect on a new file.
    cur.execute("PRAGMA page_size=16384")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA temp_store=MEMORY")
    # Checkpoint the WAL every ~64 MiB instead of every 4 MiB: bulk ingest writes each page less often.
    cur.execute("PRAGMA wal_autocheckpoint=4096")
    cur.close()


#: Connections one process may hold at once. The workbench serves each page in a thread of its server's
#: pool (anyio's 40 threads) and a page holds one connection at a time, so with 40 a page never queues for
#: a connection. 20 users held up to 21 at once (benchmarks/web_load.py); SQLAlchemy's default of 5 + 10
#: overflow would queue the rest for up to ``pool_timeout`` (30 s) and then fail them. Connections beyond
#: the kept ones are closed when returned: few are kept on SQLite, where each one grows its own page cache
#: (``cache_size``, up to 64 MiB). 40 per process stays well under PostgreSQL's default ``max_connections``
#: (100) with the pipeline's few beside it.
POOL_MAX = 40
POOL_KEEP = {"sqlite": 4, "postgresql": 10}
#: PostgreSQL's read-only pool (``Store.reading``) beside it: a page view holds one connection at a time,
#: from one pool or the other, so the two together still stay near the number of pages served at once.
READ_POOL_KEEP = 10

#: SQLite page cache of the bulk-writing connection (ingest), in KiB. A big batch dirties pages all over the
#: ad and index B-trees (their keys are hashes); when they all fit, each is written once per commit.
BULK_CACHE_KIB = 512 * 1024


#: SQLite page cache of a day's link and assess runs (KiB; the store's connections have 64 MiB). At 1M ads a
#: day touches ~1.8 GB of distinct 16 KiB pages spread over the whole store, and with 64 MiB SQLite read
#: ~3.5 GB through read calls in the link run alone: a page read again a few statements later had left the
#: cache. The day's assess reads its rows through the same kind of scattered lookups.
DAY_CACHE_KIB = 512 * 1024


@contextmanager
def page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite: a page cache of ``kib`` on this connection inside the block, the old size after it (the
    connection goes back to the pool). Other databases: nothing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {old}")


class Store:
    """The one handle every stage receives. Stage-specific queries live in ``kartlegg.store.*``."""

    def __init__(self, engine: Engine, settings: Settings, read_engine: Engine | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.read_engine = read_engine or engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: committed on success, rolled back on any error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads only: a page's data, a session or grant lookup.

        On PostgreSQL it comes from a pool of its own whose connections run every statement on its own
        (autocommit) and read-only (``default_transaction_read_only``): the same per-statement snapshots as
        a READ COMMITTED transaction, without the BEGIN and ROLLBACK round trips each page view paid two or
        three times over, and a statement that would write fails instead of being committed by itself.
        On SQLite it is ``connect()`` (a read transaction is what keeps the WAL snapshot consistent).
        """
        with self.read_engine.connect() as conn:
            yield conn

    @contextmanager
    def bulk_connection(self) -> Iterator[Connection]:
        """One connection for ingest's long run of write transactions, tuned for it on SQLite.

        A bigger page cache (``BULK_CACHE_KIB``), and no foreign-key checks: the ingest writer inserts each
        version's site and ad itself, earlier in the same transaction (``store.ads.insert_rows``), so the
        per-row parent lookups (~10% of its time) check nothing; PostgreSQL still checks them, and every
        other connection keeps them on. The connection is discarded afterwards, never returned to the pool.
        """
        with self.engine.connect() as conn:
            if self.dialect != "sqlite":
                yield conn
                return
            conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            try:
                yield conn
            finally:
                conn.invalidate()

    def close(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def open_store(settings: Settings | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (and create or upgrade) the configured store."""
    settings = settings or load_settings()
    url = settings.database_url
    if url.startswith("sqlite"):
        try:
            settings.home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create data folder {settings.home}: {exc.strerror}") from exc
        keep = POOL_KEEP["sqlite"]
        read_engine = None  # connect(): a read transaction keeps the WAL snapshot consistent
        engine = create_engine(url, pool_size=keep, max_overflow=POOL_MAX - keep, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        keep = POOL_KEEP["postgresql"]
        engine = create_engine(url, pool_pre_ping=True, pool_size=keep, max_overflow=POOL_MAX - keep)
        read_engine = create_engine(
            url,
            pool_pre_ping=True,
            pool_size=READ_POOL_KEEP,
            max_overflow=POOL_MAX - READ_POOL_KEEP,
            isolation_level="AUTOCOMMIT",
            connect_args={"options": "-c default_transaction_read_only=on"},
        )
    store = Store(engine, settings, read_engine)
    anchor_for(settings).install(engine)  # signed checkpoints of the audit log (store/audit.py)
    if migrate_schema:
        try:
            with store.begin() as conn:
                migrate(conn)
        except Exception as exc:
            store.close()
            raise StoreError(f"cannot open store {engine.url.render_as_string(hide_password=True)}: {exc}") from exc
    return store
