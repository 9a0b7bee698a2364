"""The stage packages' public names load on first use: a command that reads profiles starts without the
clustering libraries, and every listed name still resolves."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["kartlegg.assess", "kartlegg.link"])
def test_every_public_name_resolves_to_its_defining_module(package: str) -> None:
    pkg = importlib.import_module(package)
    for name in pkg.__all__:
        value = getattr(pkg, name)
        assert value is getattr(importlib.import_module(pkg._EXPORTS[name]), name)
    with pytest.raises(AttributeError):
        pkg.no_such_name


def test_the_readers_start_without_igraph_matplotlib_or_numpy() -> None:
    code = (
        "import sys, kartlegg.read, kartlegg.link.query, kartlegg.assess.catalogue, kartlegg.assess.queries\n"
        "print(sorted(m for m in ('igraph', 'matplotlib', 'numpy', 'kartlegg.assess.carry') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
