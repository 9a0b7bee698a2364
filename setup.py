"""Build kartlegg's wheel with the extraction modules compiled by mypyc, as black and mypy ship theirs.

    python -m build                           # sdist + a platform wheel holding the compiled extractor
    KARTLEGG_PURE_BUILD=1 python -m build     # the pure-Python wheel (py3-none-any), for other platforms
    KARTLEGG_PREBUILT=1 python -m build --wheel --no-isolation   # packs the checkout's `make native` build

The last is the smoke test's (``scripts/smoke_wheel.sh``): the checkout's build was compiled from these
sources by the same command class a moment before, and compiling it again took minutes of CI's two cores.

The metadata is in pyproject.toml; this file only adds the compiled modules. They go to
``kartlegg/extract/native-build/`` (not beside the ``.py`` files, where Python would import them
unconditionally) with the record of the sources they were compiled against; ``kartlegg.extract.native``
uses them only while that record matches the installed sources, and ``KARTLEGG_PURE=1`` can still choose
the pure modules at run time. ``scripts/build_native.py`` (``make install``) builds the same folder in a
checkout with the same command class.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType
from typing import Any

from setuptools import Distribution, Extension, setup
from setuptools.command.build_ext import build_ext

SRC = Path(__file__).resolve().parent / "src"


def load_native() -> ModuleType:
    """``kartlegg/extract/native.py`` loaded by path: importing the package needs its runtime dependencies."""
    spec = spec_from_file_location("_kartlegg_native", SRC / "kartlegg" / "extract" / "native.py")
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and friends look their module up
    spec.loader.exec_module(module)
    return module


native = load_native()


def write_language_model(folder: Path) -> None:
    """py3langid's model cut to the ad languages, beside the compiled modules (``extract/langmodel.py``):
    without it the installed CLI loads the library's full model, ~0.4 s more at every start."""
    spec = spec_from_file_location("_kartlegg_langmodel", SRC / "kartlegg" / "extract" / "langmodel.py")
    assert spec is not None and spec.loader is not None
    langmodel = module_from_spec(spec)
    spec.loader.exec_module(langmodel)
    try:
        path = langmodel.write(langmodel.LANGUAGES, folder / langmodel.FILE_NAME)
    except ImportError as exc:  # a build without py3langid: the runtime loads the full model instead
        print(f"language model cut not written ({exc})", file=sys.stderr)
    else:
        print(f"language model cut to {', '.join(langmodel.LANGUAGES)}: {path}")


BUILD_PREFIX = Path(*native.PACKAGE.split(".")) / native.BUILD_DIR.name  # kartlegg/extract/native-build


#: The setup.py commands that build the extension modules; any other (sdist, egg_info, dist_info) does not
#: need mypyc to run.
BUILD_COMMANDS = ("bdist_wheel", "build", "build_ext", "editable_wheel", "develop", "install")
#: The sources' record, taken before mypyc reads them: a module edited meanwhile makes the build stale.
RECORD: list[str] = []


def compiled_extensions() -> list[Extension]:
    """mypyc's extension modules for ``native.MODULES`` (C sources under ``build/mypyc``)."""
    from mypyc.build import mypycify

    RECORD[:] = [native.source_record(SRC)]
    c_dir = Path("build", "mypyc").resolve()
    cwd = os.getcwd()
    os.chdir(SRC)  # mypyc names modules by their path relative to the working folder
    try:
        return list(
            mypycify(
                [f"{native.PACKAGE.replace('.', '/')}/{name}.py" for name in native.MODULES],
                opt_level="3",
                target_dir=str(c_dir),
            )
        )
    finally:
        os.chdir(cwd)


class BuildNative(build_ext):
    """Put the compiled modules under ``native-build/`` with the record of their sources."""

    def build_extensions(self) -> None:
        super().build_extensions()
        if RECORD:
            (self._native_root() / native.DIGEST_FILE).write_text(RECORD[0], encoding="ascii")
            write_language_model(self._native_root())

    def copy_extensions_to_source(self) -> None:
        """An in-place build (an editable install without KARTLEGG_PURE_BUILD) fills ``src/.../native-build/``."""
        target = SRC / BUILD_PREFIX
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self._native_root(), target)

    def _native_root(self) -> Path:
        return Path(self.build_lib) / BUILD_PREFIX

    def get_ext_fullpath(self, ext_name: str) -> str:
        # kartlegg.extract.phones -> <build>/kartlegg/extract/native-build/kartlegg/extract/phones.<abi>.so
        return str(self._native_root() / self.get_ext_filename(ext_name))

    def get_outputs(self) -> list[str]:
        root = self._native_root()
        return [*super().get_outputs(), str(root / native.DIGEST_FILE), str(root / "langid-model.npz")]


class PackPrebuilt(BuildNative):
    """``KARTLEGG_PREBUILT=1``: copy the checkout's compiled build, refused unless it matches the sources."""

    def run(self) -> None:
        found, reason = native.check_build(SRC / BUILD_PREFIX, SRC)
        if found is None:
            raise SystemExit(f"KARTLEGG_PREBUILT=1, but the checkout's compiled build cannot be packed: {reason}")
        shutil.rmtree(self._native_root(), ignore_errors=True)
        shutil.copytree(SRC / BUILD_PREFIX, self._native_root())


class PlatformDistribution(Distribution):
    """A distribution with compiled modules though setuptools compiles none: a platform wheel."""

    def has_ext_modules(self) -> bool:
        return True


def main(compiled: bool, **overrides: Any) -> None:
    if compiled and os.environ.get("KARTLEGG_PREBUILT") == "1":
        setup(cmdclass={"build_ext": PackPrebuilt}, distclass=PlatformDistribution, **overrides)
        return
    setup(ext_modules=compiled_extensions() if compiled else [], cmdclass={"build_ext": BuildNative}, **overrides)


if __name__ == "__main__":
    main(os.environ.get("KARTLEGG_PURE_BUILD") != "1" and any(cmd in sys.argv for cmd in BUILD_COMMANDS))
