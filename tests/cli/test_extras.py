"""A command that needs an optional part that is not installed says which extra to install: exit 4, no
traceback. The missing package is simulated honestly: in the child process, Python's path finder is
wrapped so that it does not find the blocked packages, exactly as when they are not installed."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from kartlegg.cli import EXIT_MISSING_EXTRA, EXTRAS

_RUN = r"""
import importlib.machinery, sys
blocked = set(sys.argv[1].split(","))

class Absent(importlib.machinery.PathFinder):
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            return None  # as if the package were not on sys.path at all
        return importlib.machinery.PathFinder.find_spec(name, path, target)

sys.meta_path[:] = [Absent if f is importlib.machinery.PathFinder else f for f in sys.meta_path]
sys.argv = ["kartlegg", *sys.argv[2:]]
from kartlegg.cli import main
main()
"""


def _run(
    blocked: list[str], *args: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    full_env.update({"KARTLEGG_HOME": str(home), "KARTLEGG_ACTOR": "tester", **(env or {})})
    return subprocess.run(
        [sys.executable, "-c", _RUN, ",".join(blocked), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def _assert_asks_for(res: subprocess.CompletedProcess[str], extra: str) -> None:
    assert res.returncode == EXIT_MISSING_EXTRA, res.stderr
    assert f"pip install 'kartlegg[{extra}]'" in res.stderr
    assert "Traceback" not in res.stderr


def test_every_extra_named_by_the_cli_is_declared_in_pyproject() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["optional-dependencies"]
    assert set(EXTRAS.values()) <= set(declared)


def test_serve_without_the_web_extra(tmp_path: Path) -> None:
    _assert_asks_for(_run(["uvicorn", "fastapi"], "serve", home=tmp_path), "web")


def test_postgres_store_without_the_postgres_extra(tmp_path: Path) -> None:
    res = _run(["psycopg"], "status", home=tmp_path, env={"KARTLEGG_DATABASE_URL": "postgresql://u@127.0.0.1:9/none"})
    _assert_asks_for(res, "postgres")


def test_help_version_and_the_embedded_cli_run_without_any_extra(tmp_path: Path) -> None:
    everything = ["uvicorn", "fastapi", "multipart", "psycopg", "followthemoney", "matplotlib", "pyspark"]
    assert _run(everything, "--help", home=tmp_path).returncode == 0
    version = _run(everything, "--version", home=tmp_path)
    assert version.returncode == 0 and "web no" in version.stdout and "reports no" in version.stdout
    assert _run(everything, "status", home=tmp_path).returncode == 0


def test_spark_engine_and_parquet_export_without_the_spark_extra(tmp_path: Path) -> None:
    _assert_asks_for(_run(["pyspark", "pyarrow"], "analyze", "--engine", "spark", home=tmp_path), "spark")
    res = _run(["pyarrow"], "export", "versions", "--format", "parquet", "--out", str(tmp_path / "v"), "--reason",
               "case 7", home=tmp_path)  # fmt: skip
    _assert_asks_for(res, "spark")
    assert not (tmp_path / "v").exists()
