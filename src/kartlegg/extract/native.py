"""Use the mypyc-compiled build of the extraction modules when it matches the sources, else pure Python.

Extraction is the hot loop of ``kartlegg extract`` and ``kartlegg analyze``: compiled with mypyc it runs
the same code about 1.4x faster. ``make install`` compiles it (``scripts/build_native.py``) into the
git-ignored folder ``native-build/`` beside this file, with a digest of the sources it was built from.
A build whose digest differs from the sources on disk (a module was edited since) is ignored, so stale
compiled code never runs; ``KARTLEGG_PURE=1`` forces the pure-Python modules (tests compare both).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import os
import sys
from pathlib import Path

#: The modules that are compiled: the selectors and the API (not lexicon.py, whose pydantic models stay
#: Python, nor run.py, the store-side batch runner).
MODULES = (
    "patterns",
    "text",
    "numwords",
    "numbering",
    "phones",
    "contacts",
    "ages",
    "places",
    "prices",
    "people",
    "language",
    "furniture",
    "api",
)
PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR / "native-build"
DIGEST_FILE = "SOURCES.sha256"


def sources_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """SHA-256 over the compiled modules' sources (and the interpreter's ABI tag): the build's identity."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in MODULES:
        h.update(name.encode() + b"\0")
        h.update((package_dir / f"{name}.py").read_bytes())
    return h.hexdigest()


def usable_build(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The folder holding the compiled modules, if a complete build for these sources and this Python exists."""
    try:
        recorded = (build_dir / DIGEST_FILE).read_text(encoding="ascii").strip()
        current = sources_digest(package_dir)
    except OSError:
        return None
    if recorded != current:
        return None
    modules = build_dir / "kartlegg" / "extract"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    if not all((modules / f"{name}{suffix}").is_file() for name in MODULES):
        return None
    return modules


def activate(package_path: list[str]) -> bool:
    """Put a usable compiled build first on the extract package's search path; True if it was."""
    if os.environ.get("KARTLEGG_PURE") == "1":
        return False
    modules = usable_build()
    if modules is None:
        return False
    # mypyc's shared runtime library is a top-level module in the build folder
    root = str(modules.parent.parent)
    if root not in sys.path:
        sys.path.append(root)
    package_path.insert(0, str(modules))
    return True
