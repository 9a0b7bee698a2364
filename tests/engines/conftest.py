"""One local[2] Spark session for every test of the engine that runs in this test process.

A session is a JVM (~10-20 s of CPU to start): each of the suite's two workers starts at most one, however
many modules need it. (Grouping the tests onto one worker with pytest-xdist's ``--dist loadgroup`` does not
work with pytest 9: xdist 3.8 renames the tests through an attribute pytest 9 no longer reads.)"""

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
