"""One local[2] Spark session for every test of the engine that runs in this test process.

A session is a JVM (~10-20 s of CPU to start); the modules that need one are in one xdist group
(``pytest.mark.xdist_group("spark")``, run with ``--dist loadgroup``), so the suite starts it once."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

HAS_JAVA = any(os.access(os.path.join(p, "java"), os.X_OK) for p in os.environ.get("PATH", "").split(os.pathsep))


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    pytest.importorskip("pyspark")
    if not HAS_JAVA:
        pytest.skip("no Java runtime for Spark")
    from kartlegg.engines.spark.session import session

    s = session("local[2]", driver_memory="1g", partitions=4)
    yield s
    s.stop()
