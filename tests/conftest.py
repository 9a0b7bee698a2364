"""Shared fixtures: a fresh store on each backend, and the CLI as a user runs it."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from kartlegg.config import Settings
from kartlegg.store.engine import Store, open_store
from tests.cli_fork import IMPORT_TIME_ENV, ForkClient

PG_URL = os.environ.get("KARTLEGG_TEST_PG_URL")
#: Extraction's start cache (``extract.startcache``) for this test process and the CLIs it runs, so a test
#: run neither writes to nor reads from the user's own ``~/.cache/kartlegg``.
#: The process that makes the folder removes it at exit; pytest-xdist's workers inherit it through the environment.
START_CACHE = os.environ.get("KARTLEGG_CACHE_DIR") or ""
if not START_CACHE:
    START_CACHE = tempfile.mkdtemp(prefix="kartlegg-start-cache-")
    atexit.register(shutil.rmtree, START_CACHE, ignore_errors=True)
os.environ["KARTLEGG_CACHE_DIR"] = START_CACHE

#: Hypothesis's timing checks fail a correct test when the machine is busy (CI shares two cores with a browser,
#: PostgreSQL and Spark): time is measured by benchmarks, never by tests.
settings.register_profile("kartlegg", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kartlegg")


def _pg_database(template: str | None = None) -> Iterator[str]:
    """A database of its own in the test cluster, empty or a copy of ``template``; dropped afterwards."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("KARTLEGG_TEST_PG_URL is not set: run the suite through `make test`")
        pytest.skip("no PostgreSQL test cluster (run through `make test`)")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield PG_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """Drop a test's database. DROP DATABASE waits for a server-wide checkpoint, which a passing condition
    elsewhere in the shared cluster can fail; the throwaway cluster goes at the end of the run anyway, so a
    database left behind is a warning, not the test's failure."""
    for attempt in range(3):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError as exc:
            if attempt == 2:
                warnings.warn(f"test database {name} left behind: {exc}", stacklevel=1)
            time.sleep(1 + attempt)


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_database()


def make_settings(home: Path, url: str | None = None) -> Settings:
    if url is None:
        url = f"sqlite:///{home / 'kartlegg.sqlite'}"
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return Settings(home=home, database_url=url, actor="tester")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store on each backend."""
    if request.param == "sqlite":
        s = _copied_sqlite(request.getfixturevalue("migrated_sqlite"), tmp_path)
        yield s
        s.close()
    else:
        for url in _pg_database(request.getfixturevalue("migrated_pg")):
            s = open_store(make_settings(tmp_path, url))
            yield s
            s.close()


@pytest.fixture(scope="session")
def migrated_pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated once per test process, the template each PostgreSQL ``store`` is copied from
    (``CREATE DATABASE ... TEMPLATE``): the copy is the same fresh, migrated store, and migrating one per test
    took ~0.4 s of CPU (client and server) against ~0.2 s for the copy. Its own tests migrate empty databases
    (``pg_url``)."""
    for url in _pg_database():
        open_store(make_settings(tmp_path_factory.mktemp("migrated-pg"), url)).close()  # no connection left open
        yield url.rsplit("/", 1)[1]


@pytest.fixture
def sqlite_store(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Store]:
    s = _copied_sqlite(migrated_sqlite, tmp_path)
    yield s
    s.close()


def _copied_sqlite(template: Path, home: Path) -> Store:
    """A fresh, migrated SQLite store in ``home``: a copy of ``migrated_sqlite`` (migrating one costs more than
    the copy: ~40 transactions; the file is the same but for the migrations' times)."""
    shutil.copyfile(template, home / "kartlegg.sqlite")
    return open_store(make_settings(home))


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty SQLite store, copied for each example of a property test (migrating one takes longer than
    the example)."""
    home = tmp_path_factory.mktemp("migrated-template")
    open_store(make_settings(home)).close()
    return home / "kartlegg.sqlite"


@pytest.fixture
def copied_store(migrated_sqlite: Path) -> Iterator[Callable[[], Store]]:
    """Makes stores copied from ``migrated_sqlite``, each closed and removed after the test."""
    made: list[tuple[Store, Path]] = []

    def make() -> Store:
        home = Path(tempfile.mkdtemp(prefix="copied-store-"))
        shutil.copyfile(migrated_sqlite, home / "kartlegg.sqlite")
        store = open_store(make_settings(home))
        made.append((store, home))
        return store

    yield make
    for store, home in made:
        store.close()
        shutil.rmtree(home, ignore_errors=True)


def run_cli(
    *args: str, home: Path, stdin: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[bytes]:
    """Run the ``kartlegg`` command as a user would: its own process, environment, stdin and output.

    The process is forked from one that has imported the CLI already (``tests/cli_fork.py``), unless the
    caller sets a variable read at import time or ``KARTLEGG_TEST_CLI=exec`` asks for the installed script.
    """
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    full_env["KARTLEGG_HOME"] = str(home)
    full_env["KARTLEGG_ACTOR"] = "tester"
    full_env["KARTLEGG_CACHE_DIR"] = START_CACHE
    full_env.update(env or {})
    exe = Path(sys.executable).parent / "kartlegg"
    forks = _fork_client()
    at_import = any(full_env.get(k) != forks.env.get(k) for k in IMPORT_TIME_ENV)  # what the server's imports saw
    if at_import or os.environ.get("KARTLEGG_TEST_CLI") == "exec":
        return subprocess.run([str(exe), *args], input=stdin, capture_output=True, env=full_env, timeout=timeout)
    return forks.run([str(exe), *args], full_env, stdin, timeout)


_FORK: list[ForkClient] = []


def _fork_client() -> ForkClient:
    """This test process's fork server, started with the tests' environment without kartlegg's settings."""
    if not _FORK:
        _FORK.append(ForkClient({k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}))
        atexit.register(_FORK[0].close)
    return _FORK[0]
