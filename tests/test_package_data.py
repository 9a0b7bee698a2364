"""The wheel carries every file the package reads at run time: each non-Python file under src/kartlegg
matches a package-data pattern of pyproject.toml (the SQL migrations were once left out, so an installed
wheel could not open a store)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _matches(rel: str, pattern: str) -> bool:
    # setuptools globs: "**/" matches any folder, also none
    return fnmatch.fnmatch(rel, pattern) or (pattern.startswith("**/") and fnmatch.fnmatch(rel, pattern[3:]))


def test_every_data_file_is_package_data() -> None:
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = tool["package-data"]["kartlegg"]
    package = ROOT / "src" / "kartlegg"
    skipped = ("__pycache__", "native-build")
    data = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and not any(part in skipped for part in p.parts)
    ]
    assert any(rel.endswith(".sql") for rel in data)
    missing = [rel for rel in data if not any(_matches(rel, pat) for pat in patterns)]
    assert missing == []
