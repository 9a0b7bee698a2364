"""py3langid's model cut down to the four languages, stored beside the compiled build.

The library's model (97 languages, LZMA-compressed) takes ~0.5 s of CPU to load, a large share of a
short ``kartlegg extract`` run although only a few ads in a thousand need it (language.py). The same
arrays restricted to sv/no/da/en, zlib-compressed, with the byte automaton stored sparsely (below: 0.9 MB
instead of 2.3 MB on disk), load in ~0.3 G instructions after numpy's import (0.7 G stored whole).
``scripts/build_native.py`` (``make install``) and the wheel build (``setup.py``, which loads this module
by path: it imports only the standard library at the top) write the file; it records the SHA-256 of the
library's model it was cut from, so an upgraded py3langid is never read through an old cut (the full model
is loaded instead). The identifier built from the cut holds the very arrays ``set_languages`` would select
from the full model, so it scores the same.
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
    sparse = _sparse_rows(arrays["nextmove"], arrays["nextmove_row"])
    if sparse is not None:
        del arrays["nextmove"]
        arrays.update(sparse)
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
            nextmove = data["nextmove"] if "nextmove" in data.files else _dense_rows(data)
            ident = LanguageIdentifier(
                np.asarray(data["ptc"]),
                np.asarray(data["pc"]),
                data["classes"].tolist(),
                _to_array(nextmove),
                data["out_feat"].tolist(),
                tk_row=_to_array(data["nextmove_row"]),
            )
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    ident.set_languages(list(languages))
    return ident


# --- the transition table, stored sparsely ----------------------------------------------------------------
# py3langid's byte automaton (``nextmove``: 256 next states per row, ~38,000 distinct rows, 39 MB) is most of
# the cut's load: inflating and checksumming 39 MB was ~0.4 G instructions of a `kartlegg extract` run.
# Its rows are an Aho-Corasick automaton's: a state's row is its failure state's row except at the bytes
# that extend it (a handful per row), so the cut stores the first row, each row's parent row (the row of its
# failure state, found level by level from the start state) and only the entries where a row differs from its
# parent, and ``load`` rebuilds the very table level by level. ``write`` checks that the rebuilt table equals
# the library's and stores it whole otherwise.


def _sparse_rows(nextmove: Any, state_rows: Any) -> dict[str, Any] | None:
    """``nextmove`` as (first row, parent row of each row, each row's level, differing entries), or None when
    the table is not an automaton of that shape (it is then stored whole)."""
    import numpy as np

    table = nextmove.reshape(-1, 256)
    rows = state_rows.astype(np.int64)
    depth = np.full(len(rows), -1, np.int64)
    fail = np.zeros(len(rows), np.int64)
    depth[0] = 0
    frontier = np.zeros(1, np.int64)
    level = 0
    while frontier.size:
        targets = table[rows[frontier]].astype(np.int64)
        at, byte = np.nonzero(depth[targets] < 0)
        children = targets[at, byte]
        if len(np.unique(children)) != len(children):
            return None  # a state reached from two states of one level: not a trie's
        depth[children] = level + 1
        fail[children] = 0 if level == 0 else table[rows[fail[frontier[at]]], byte]
        frontier, level = children, level + 1
    if (depth < 0).any():
        return None
    # each row's shallowest state stands for it; its parent row is that state's failure state's row
    rep = np.full(len(table), -1, np.int64)
    order = np.argsort(depth, kind="stable")
    first = np.unique(rows[order], return_index=True)
    rep[first[0]] = order[first[1]]
    if (rep < 0).any():
        return None
    row_depth = depth[rep]
    parent = rows[fail[rep]]
    root = rows[0]
    parent[root] = root
    if (row_depth[parent] >= row_depth)[np.arange(len(table)) != root].any():
        return None
    which, byte = np.nonzero(table != table[parent])
    keep = which != root
    which, byte = which[keep], byte[keep]
    by_level = np.argsort(row_depth[which], kind="stable")
    sparse = {
        "nm_root": np.asarray(table[root]),
        "nm_parent": parent.astype(np.uint32),
        "nm_level": row_depth.astype(np.uint8),
        "nm_row": which[by_level].astype(np.uint32),
        "nm_byte": byte[by_level].astype(np.uint8),
        "nm_next": table[which, byte][by_level],
    }
    if not np.array_equal(_dense_rows(sparse), nextmove):
        return None
    return sparse


def _dense_rows(data: Any) -> Any:
    """The transition table ``_sparse_rows`` stored: rows level by level, each its parent's, then its own entries."""
    import numpy as np

    parent = np.asarray(data["nm_parent"]).astype(np.int64)
    levels = np.asarray(data["nm_level"])
    which = np.asarray(data["nm_row"]).astype(np.int64)
    byte = np.asarray(data["nm_byte"]).astype(np.int64)
    nxt = np.asarray(data["nm_next"])
    table = np.empty((len(parent), 256), dtype=nxt.dtype)
    root = int(np.flatnonzero(levels == 0)[0])
    table[root] = data["nm_root"]
    entry_levels = levels[which]
    for level in range(1, int(levels.max()) + 1):
        rows = np.flatnonzero(levels == level)
        table[rows] = table[parent[rows]]
        lo, hi = np.searchsorted(entry_levels, [level, level + 1])
        table[which[lo:hi], byte[lo:hi]] = nxt[lo:hi]
    return table.reshape(-1)
