"""py3langid's model cut down to the four languages, stored beside the compiled build.

The library's model (97 languages, LZMA-compressed) takes ~0.5 s of CPU to load, a large share of a
short ``kartlegg extract`` run although only a few ads in a thousand need it (language.py). The same
arrays restricted to sv/no/da/en, zlib-compressed, load in ~0.07 s. ``scripts/build_native.py`` (``make
install``) and the wheel build (``setup.py``, which loads this module by path: it imports only the
standard library at the top) write the file; it records the SHA-256 of the library's model it was cut
from, so an upgraded py3langid is never read through an old cut (the full model is loaded instead). The
identifier built from the cut holds the very arrays ``set_languages`` would select from the full model,
so it scores the same.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The ad languages (extract/language.py reads them from here, so that the wheel build knows them too).
LANGUAGES = ("sv", "no", "da", "en")
#: The cut's file name in the compiled build's folder (``native-build/``).
FILE_NAME = "langid-model.npz"


def default_path() -> Path:
    """Where the cut lives: beside the compiled build."""
    from kartlegg.extract.native import BUILD_DIR

    return BUILD_DIR / FILE_NAME


def _source() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(str(MODEL_DIR), str(MODEL_FILE))


def _stamp(languages: Sequence[str]) -> str:
    return hashlib.sha256(_source().read_bytes()).hexdigest() + " " + ",".join(languages)


def write(languages: Sequence[str], path: Path | None = None) -> Path:
    """Cut the library's model to ``languages`` and store it at ``path`` (atomically)."""
    import numpy as np

    path = default_path() if path is None else path
    with lzma.open(_source()) as f, np.load(io.BytesIO(f.read()), allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    classes = arrays["classes"].tolist()
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    arrays["ptc"] = arrays["ptc"][:, keep]
    arrays["pc"] = arrays["pc"][keep]
    arrays["classes"] = arrays["classes"][keep]
    arrays["stamp"] = np.array(_stamp(languages))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez_compressed(out, **arrays)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(languages: Sequence[str], path: Path | None = None) -> Any | None:
    """A py3langid ``LanguageIdentifier`` restricted to ``languages`` from the stored cut, or None when
    there is none or it was cut from another model or for other languages."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import _to_array

    try:
        with np.load(default_path() if path is None else path, allow_pickle=False) as data:
            if str(data["stamp"]) != _stamp(languages):
                return None
            ident = LanguageIdentifier(
                np.asarray(data["ptc"]),
                np.asarray(data["pc"]),
                data["classes"].tolist(),
                _to_array(data["nextmove"]),
                data["out_feat"].tolist(),
                tk_row=_to_array(data["nextmove_row"]),
            )
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    ident.set_languages(list(languages))
    return ident
