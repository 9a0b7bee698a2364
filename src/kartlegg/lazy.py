"""Public names of a package imported on first use (PEP 562).

A stage package's ``__init__`` lists its public API, but importing one submodule (a reader's query, the
catalogue) must not load the whole stage and its libraries: the CLI starts for every command, and each
test that runs it pays the start.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def exports(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports each of ``names`` (name -> defining module) when
    first read and keeps it on the package."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
