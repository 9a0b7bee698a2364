"""Compile the extraction modules with mypyc into src/kartlegg/extract/native-build/ (see extract/native.py).

    python scripts/build_native.py          # what `make install` runs; a no-op when the build is current

Builds in a temporary folder and moves the result into place only when every module compiled, so an
interrupted build leaves the previous one (or none) and never half of one.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["KARTLEGG_PURE"] = "1"  # importing the package below must not load an old build

from kartlegg.extract import native


def main() -> int:
    if native.usable_build() is not None:
        print("compiled extraction is current")
        return 0
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as exc:
        print(f"cannot compile extraction ({exc}); it runs as pure Python", file=sys.stderr)
        return 1
    src = native.PACKAGE_DIR.parents[1]
    digest = native.sources_digest()  # before compiling: a module edited meanwhile makes the build stale
    with tempfile.TemporaryDirectory(prefix="kartlegg-native-") as tmp:
        out = Path(tmp) / "native"
        cwd = os.getcwd()
        os.chdir(src)  # mypyc names modules by their path relative to the working folder
        try:
            extensions = mypycify(
                [f"kartlegg/extract/{name}.py" for name in native.MODULES],
                opt_level="3",
                target_dir=str(Path(tmp) / "c"),
            )
            setup(
                name="kartlegg-native",
                ext_modules=extensions,
                script_args=["-q", "build_ext", "--build-lib", str(out), "--build-temp", str(Path(tmp) / "o")],
            )
        except (Exception, SystemExit) as exc:  # setuptools reports a failed compiler run as SystemExit
            print(f"compiling extraction failed ({exc}); it runs as pure Python", file=sys.stderr)
            return 1
        finally:
            os.chdir(cwd)
        (out / native.DIGEST_FILE).write_text(digest + "\n", encoding="ascii")
        if native.BUILD_DIR.exists():
            shutil.rmtree(native.BUILD_DIR)
        shutil.move(str(out), native.BUILD_DIR)
    if native.usable_build() is None:
        print("compiled extraction is not usable after the build", file=sys.stderr)
        return 1
    print(f"compiled extraction built in {native.BUILD_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
