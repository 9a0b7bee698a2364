"""The same Spark job on a standalone cluster of one master and two workers on 127.0.0.1
(scripts/spark_cluster.sh): the persons and networks of the embedded engine, through the CLI."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.pipeline import analyze
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli
from tests.engines.test_spark_engine import partitions

pytest.importorskip("pyspark")
if not any(os.access(os.path.join(p, "java"), os.X_OK) for p in os.environ.get("PATH", "").split(os.pathsep)):
    pytest.skip("no Java runtime for Spark", allow_module_level=True)
#: four JVMs and a Spark job through them: ~5 minutes of the two cores, so `make test-cluster` runs it and
#: `make test` (CI's 20 minutes) runs the same job on local[2] (test_spark_engine.py)
pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spark_cluster.sh"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import sys

    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "KARTLEGG_SPARK_PORT": str(_free_port()),
        "KARTLEGG_SPARK_UI_PORT": str(_free_port()),
        "KARTLEGG_SPARK_DIR": str(tmp_path_factory.mktemp("spark-cluster")),
    }
    try:
        out = subprocess.run(["bash", str(SCRIPT), "start"], env=env, capture_output=True, text=True, timeout=400)
        assert out.returncode == 0, out.stderr
        yield out.stdout.strip()
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, capture_output=True, timeout=120)


def test_two_worker_cluster_links_like_the_embedded_engine(cluster: str, tmp_path: Path) -> None:
    assert cluster.startswith("spark://127.0.0.1:")
    ads, _ = write_market(build_market(seed=3, n_persons=12, days=21), tmp_path / "market")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    embedded = open_store(make_settings(tmp_path / "a"))
    ingest_paths(embedded, [ads])
    analyze(embedded, workers=1)
    sparked = open_store(make_settings(tmp_path / "b"))
    ingest_paths(sparked, [ads])
    r = run_cli(
        "analyze", "--engine", "spark", "--master", cluster, "--driver-memory", "1g", "--partitions", "2",
        home=tmp_path / "b", timeout=1800,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr.decode()
    assert b"engine spark" in r.stdout
    assert partitions(sparked) == partitions(embedded)
    embedded.close()
    sparked.close()


def test_bad_master_is_a_clear_error(tmp_path: Path) -> None:
    r = run_cli("analyze", "--engine", "spark", "--master", "yarn; rm -rf /", home=tmp_path)
    assert r.returncode == 2
    assert b"spark://HOST:PORT" in r.stdout + r.stderr
    assert b"Traceback" not in r.stderr


def test_bad_memory_is_a_clear_error(tmp_path: Path) -> None:
    r = run_cli("analyze", "--engine", "spark", "--driver-memory", "-Xmx9g -Dx", home=tmp_path)
    assert r.returncode == 2
    assert b"512m, 2g" in r.stdout + r.stderr
    assert b"Traceback" not in r.stderr
