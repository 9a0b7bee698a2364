"""Use the mypyc-compiled build of the extraction modules when it matches the sources, else pure Python.

Extraction is the hot loop of ``kartlegg extract`` and ``kartlegg analyze``: compiled with mypyc it runs
the same code about 1.5x faster. The build lives in the folder ``native-build/`` beside this file, with a
record (``SOURCES.sha256``) of the interpreter and of every source it was compiled against: the compiled
modules and every kartlegg module they import, transitively (``lexicon.py``, ``records.py``, ...). Two
builders write the same folder: the wheel build (``setup.py``, so
``pip install kartlegg-*.whl`` brings it) and ``make install`` for a checkout (``scripts/build_native.py``).
A build whose record differs from the sources on disk (a module was edited since), that was made for
another Python, is incomplete or does not load is ignored, so stale compiled code never runs;
``KARTLEGG_PURE=1`` forces the pure-Python modules (tests compare both). ``STATUS`` says which runs and
why (``kartlegg --version``).

This module uses only the standard library: ``setup.py`` loads it by path in a bare build environment.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.machinery
import os
import sys
from pathlib import Path

#: The modules that are compiled: the selectors, their records, site furniture, the API and the language model's
#: scorer (its byte loop, interpreted, was ~3 % of a mixed run's instructions); not lexicon.py, the data files'
#: readers, nor run.py, the store-side batch runner.
MODULES = (
    "matches",
    "patterns",
    "text",
    "labels",
    "numwords",
    "numbering",
    "masks",
    "order",
    "signs",
    "letters",
    "separators",
    "gates",
    "foreign",
    "homeland",
    "cyrillic",
    "markup",
    "keypad",
    "prefix",
    "prose",
    "masked",
    "ocr",
    "spelled",
    "splits",
    "neighbours",
    "phones",
    "cfemail",
    "contacts",
    "implied",
    "ages",
    "places",
    "prices",
    "people",
    "language",
    "langmodel",
    "clauses",
    "ranges",
    "lookup",
    "dates",
    "postrefs",
    "linked",
    "furniture",
    "chat",
    "turns",
    "strlists",
    "structured",
    "records",
    "csvdump",
    "icalendar",
    "blocks",
    "jsonfields",
    "quoted",
    "mail",
    "layout",
    "formats",
    "captions",
    "linemarks",
    "gutters",
    "escapes",
    "cells",
    "rendered",
    "api",
)
PACKAGE = "kartlegg.extract"
PACKAGE_DIR = Path(__file__).resolve().parent
#: The folder that holds the ``kartlegg`` package: ``src/`` in a checkout, ``site-packages`` when installed.
ROOT = PACKAGE_DIR.parents[1]
BUILD_DIR = PACKAGE_DIR / "native-build"
DIGEST_FILE = "SOURCES.sha256"
#: Marks the build's record; a record in an older format is treated as stale.
RECORD_HEADER = "kartlegg-native 2"

#: Which build runs and why; set by ``activate`` (the extract package calls it on import).
STATUS = "pure Python: the extract package has not been imported"


def _module_file(root: Path, dotted: str) -> Path | None:
    base = root.joinpath(*dotted.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path, root: Path) -> set[Path]:
    """The kartlegg source files that ``path`` imports (a package's ``__init__`` for a name it defines)."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from kartlegg.extract import ages` names a submodule; `from kartlegg.records import AdInput` a name
            names = [
                f"{node.module}.{a.name}" if _module_file(root, f"{node.module}.{a.name}") else node.module
                for a in node.names
            ]
        for dotted in names:
            if dotted.split(".")[0] == "kartlegg" and (file := _module_file(root, dotted)) is not None:
                found.add(file)
    return found


def covered_sources(root: Path = ROOT) -> list[str]:
    """The compiled modules and every kartlegg module they import, transitively, relative to ``root``.

    The compiled code was type-checked and specialised against these files, so an edit in any of them
    (not only in a compiled module) makes the build stale.
    """
    package = root.joinpath(*PACKAGE.split("."))
    todo = [package / f"{name}.py" for name in MODULES]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(_imports(path, root) - seen)
    return sorted(p.relative_to(root).as_posix() for p in seen)


def source_record(root: Path = ROOT) -> str:
    """The build's identity: the interpreter's ABI tag and the SHA-256 of each covered source."""
    lines = [RECORD_HEADER, f"python {sys.implementation.cache_tag}"]
    for rel in covered_sources(root):
        lines.append(f"{hashlib.sha256((root / rel).read_bytes()).hexdigest()}  {rel}")
    return "\n".join(lines) + "\n"


def _stale_reason(recorded: str, current: str) -> str:
    old, new = recorded.splitlines(), current.splitlines()
    if old[:1] != new[:1]:
        return "the compiled build's record is from another kartlegg build format"
    if old[1:2] != new[1:2]:
        return f"the compiled build is for another Python ({old[1] if len(old) > 1 else '?'}, running {new[1]})"
    old_files = {line.split("  ", 1)[1]: line for line in old[2:] if "  " in line}
    new_files = {line.split("  ", 1)[1]: line for line in new[2:]}
    changed = sorted(f for f in old_files.keys() | new_files.keys() if old_files.get(f) != new_files.get(f))
    return f"the compiled build is stale: {', '.join(changed[:3])} changed since it was built"


def _record_holds(recorded: str, root: Path) -> bool:
    """Does ``recorded`` equal ``source_record(root)``? Checked from the record's own file list, without
    parsing every source for its imports (most of a start-up's check): while every recorded file is
    unchanged, so are their imports, and so the set of covered files is still the recorded one (the record
    is the builder's, written whole)."""
    lines = recorded.splitlines()
    if lines[:2] != [RECORD_HEADER, f"python {sys.implementation.cache_tag}"] or len(lines) < 3:
        return False
    for line in lines[2:]:
        digest, sep, rel = line.partition("  ")
        if not sep:
            return False
        try:
            if hashlib.sha256((root / rel).read_bytes()).hexdigest() != digest:
                return False
        except OSError:
            return False
    return recorded.endswith("\n")


def check_build(build_dir: Path = BUILD_DIR, root: Path = ROOT) -> tuple[Path | None, str]:
    """The folder holding the compiled modules if a complete build for these sources and this Python
    exists, else None; and the reason, for ``STATUS``."""
    try:
        recorded = (build_dir / DIGEST_FILE).read_text(encoding="ascii")
    except OSError:
        return None, "no compiled build is installed (a pure-Python wheel, or `make native` not run)"
    if not _record_holds(recorded, root):
        try:
            current = source_record(root)
        except (OSError, SyntaxError) as exc:
            return None, f"the sources cannot be read to check the compiled build ({exc})"
        if recorded != current:
            return None, _stale_reason(recorded, current)
    modules = build_dir.joinpath(*PACKAGE.split("."))
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    missing = [name for name in MODULES if not (modules / f"{name}{suffix}").is_file()]
    if missing:
        return None, f"the compiled build is incomplete (no {missing[0]}{suffix})"
    return modules, "compiled with mypyc, built for these sources and this Python"


def usable_build(build_dir: Path = BUILD_DIR, root: Path = ROOT) -> Path | None:
    """The folder holding the compiled modules, if a complete build for these sources and this Python exists."""
    return check_build(build_dir, root)[0]


def activate(package_path: list[str]) -> bool:
    """Put a usable compiled build first on the extract package's search path; True if it was."""
    global STATUS
    if os.environ.get("KARTLEGG_PURE") == "1":
        STATUS = "pure Python: KARTLEGG_PURE=1 is set"
        return False
    modules, reason = check_build()
    if modules is None:
        STATUS = f"pure Python: {reason}"
        return False
    # mypyc's shared runtime library is a top-level module in the build folder; loading it first turns a
    # build that cannot load here (another platform, a missing system library) into pure Python
    root = str(modules.parent.parent)
    added = root not in sys.path
    if added:
        sys.path.append(root)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    try:
        for lib in sorted(modules.parent.parent.glob(f"*__mypyc{suffix}")):
            importlib.import_module(lib.name[: -len(suffix)])
    except ImportError as exc:
        if added:
            sys.path.remove(root)
        STATUS = f"pure Python: the compiled build does not load here ({exc})"
        return False
    package_path.insert(0, str(modules))
    STATUS = reason
    return True
