"""Compile the extraction modules with mypyc into src/kartlegg/extract/native-build/ (see extract/native.py).

    python scripts/build_native.py          # what `make install` runs; a no-op when the build is current

It also stores py3langid's model cut to the four ad languages in the same folder (extract/langmodel.py).

A checkout's editable install runs the sources in place, so the compiled modules are built beside them
here, with the same command class as the wheel build (setup.py), in a temporary folder that is moved into
place only when every module compiled: an interrupted build leaves the previous one (or none).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    spec = spec_from_file_location("_kartlegg_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    setup_py = module_from_spec(spec)
    spec.loader.exec_module(setup_py)  # defines BuildNative; setup() runs only as __main__
    native = setup_py.native
    build, reason = native.check_build()
    if build is not None:
        print("compiled extraction is current")
        return write_language_model()
    print(f"compiling extraction ({reason})")
    try:
        import mypyc.build  # noqa: F401
    except ImportError as exc:
        print(f"cannot compile extraction ({exc}); it runs as pure Python", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kartlegg-native-") as tmp:
        out = Path(tmp) / "lib"
        try:
            setup_py.main(
                True,
                script_args=["-q", "build_ext", "--build-lib", str(out), "--build-temp", str(Path(tmp) / "o")],
            )
        except (Exception, SystemExit) as exc:  # setuptools reports a failed compiler run as SystemExit
            print(f"compiling extraction failed ({exc}); it runs as pure Python", file=sys.stderr)
            return 1
        if native.BUILD_DIR.exists():
            shutil.rmtree(native.BUILD_DIR)
        shutil.move(str(out / setup_py.BUILD_PREFIX), native.BUILD_DIR)
    build, reason = native.check_build()
    if build is None:
        print(f"compiled extraction is not usable after the build: {reason}", file=sys.stderr)
        return 1
    print(f"compiled extraction built in {native.BUILD_DIR}")
    return write_language_model()


def write_language_model() -> int:
    """Store py3langid's model cut to the ad languages beside the build (extract/langmodel.py), unless
    the stored cut is current: it loads ~7x faster than the library's full model."""
    from kartlegg.extract import langmodel
    from kartlegg.extract.language import LANGUAGES

    if langmodel.load(LANGUAGES) is None:
        print(f"language model cut to {', '.join(LANGUAGES)}: {langmodel.write(LANGUAGES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
