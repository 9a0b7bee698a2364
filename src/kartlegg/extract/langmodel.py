"""py3langid's model cut down to the four languages, stored beside the compiled build, and scored without numpy.

The library's model (97 languages, LZMA-compressed) takes ~0.5 s of CPU to load, a large share of a
short ``kartlegg extract`` run although only a few ads in a thousand need it (language.py). The same
arrays restricted to sv/no/da/en, zlib-compressed, with the byte automaton stored sparsely (below: 0.9 MB
instead of 2.3 MB on disk), are read by ``load`` with the standard library into a ``Scorer`` (no numpy
import, only the automaton's rows a text reaches rebuilt: ~0.01 s where numpy and the arrays were ~0.5 G
instructions). ``scripts/build_native.py`` (``make install``) and the wheel build (``setup.py``, which loads
this module by path: it imports only the standard library at the top) write the file with numpy; it records
the SHA-256 of the library's model it was cut from, so an upgraded py3langid is never read through an old cut
(the full model is loaded instead). The cut holds the very arrays ``set_languages`` would select from the full
model, so the scorer picks the library's language. The module is compiled with the selectors (``native.MODULES``):
the same arithmetic in the same order, the automaton's walk over a text's bytes without the interpreter.
"""

from __future__ import annotations

import array as arr
import ast
import hashlib
import importlib.util
import io
import lzma
import math
import os
import struct
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Literal

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


def _stamp(languages: Sequence[str], source: Path) -> str:
    return hashlib.sha256(source.read_bytes()).hexdigest() + " " + ",".join(languages)


def write(languages: Sequence[str], path: Path | None = None, *, source: Path | None = None) -> Path:
    """Cut the library's model (``source``: its file, else where the library keeps it) to ``languages`` and
    store it at ``path`` (atomically)."""
    import numpy as np

    path = default_path() if path is None else path
    source = _source() if source is None else source
    with lzma.open(source) as f, np.load(io.BytesIO(f.read()), allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    classes = arrays["classes"].tolist()
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    arrays["ptc"] = np.ascontiguousarray(arrays["ptc"][:, keep])  # row by row: ``Scorer`` reads a feature's row
    arrays["pc"] = arrays["pc"][keep]
    arrays["classes"] = arrays["classes"][keep]
    # the size and time first: a file replaced between the two then fails the size and time check (and is hashed)
    arrays["source_stat"] = np.array(_source_stat(source))
    arrays["stamp"] = np.array(_stamp(languages, source))
    sparse = _sparse_rows(arrays["nextmove"], arrays["nextmove_row"])
    if sparse is not None:
        del arrays["nextmove"]
        arrays.update(sparse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            # stored, not deflated: inflating the 2.5 MB cut cost ~53 M instructions at every start that reads
            # the model (~1 % of a 3,000-ad run, session 32) against 1.7 MB more on disk
            np.savez(out, **arrays)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(languages: Sequence[str], path: Path | None = None, *, source: Path | None = None) -> Scorer | None:
    """A scorer restricted to ``languages`` from the stored cut, or None when there is none or it was cut from
    another model or for other languages (or by a build before the cut kept its source's size and time: the
    build writes it again). Read without numpy (see ``Scorer``).

    The cut records the SHA-256 of the library's model it was cut from, and that file's size and modification
    time when it was cut (``_source_stat``). While the file has that size and time the recorded digest is taken
    as its digest; otherwise the file is read whole and hashed (~0.14 G instructions, 0.6-2 % of a run that
    reads the model). The file is a package's data, never written in place: an upgraded or reinstalled
    py3langid writes a new file, which changes its modification time (and very likely its size), so an old cut
    is still never read through a new model. A wheel's cut, made in the build's own environment, records that
    environment's file, so an installed wheel hashes at every load, as before. ``source``: the library's model
    file, else where the library keeps it."""
    try:
        source = _source_without_import() if source is None else source
        if source is None:
            return None
        arrays = _read_npz(default_path() if path is None else path)
        recorded = _text(arrays["stamp"])
        if _text(arrays["source_stat"]) == _source_stat(source):
            digest = recorded.partition(" ")[0]
        else:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if recorded != digest + " " + ",".join(languages):
            return None
        return Scorer(arrays)
    except (OSError, KeyError, ValueError, EOFError, SyntaxError, zipfile.BadZipFile, struct.error):
        return None


def _source_stat(source: Path) -> str:
    """The model file's size and modification time (ns), as the cut records them."""
    st = source.stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def _text(array: tuple[str, tuple[int, ...], bytes]) -> str:
    """A 0-d unicode array's string (numpy stores it as UTF-32, padded with NULs)."""
    return array[2].decode("utf-32-le").rstrip("\0")


def _source_without_import() -> Path | None:
    """py3langid's model file, found without importing the library (its package imports numpy)."""
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)), MODEL_FILE)


#: py3langid's model file in its package (``py3langid.langid.MODEL_FILE``; a test checks they agree).
MODEL_FILE = "data/model.npz.xz"
#: numpy's little-endian dtypes of the cut and their ``array``/``struct`` type codes: integers, floats.
_INT_CODES: dict[str, Literal["B", "H", "I", "i"]] = {"|u1": "B", "<u1": "B", "<u2": "H", "<u4": "I", "<i4": "i"}
_FLOAT_CODES = {"<f2": "e", "<f4": "f", "<f8": "d"}


def _read_npz(path: Path) -> dict[str, tuple[str, tuple[int, ...], bytes]]:
    """Each array of an ``.npz`` as (its dtype string, shape, raw bytes), read with the standard library: the
    ``.npy`` format is a short header (a Python literal) followed by the C-ordered data."""
    out: dict[str, tuple[str, tuple[int, ...], bytes]] = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            raw = zf.read(name)
            if raw[:6] != b"\x93NUMPY":
                raise ValueError(f"{name}: not a .npy array")
            if raw[6] == 1:
                (hlen,), start = struct.unpack_from("<H", raw, 8), 10
            else:
                (hlen,), start = struct.unpack_from("<I", raw, 8), 12
            header = ast.literal_eval(raw[start : start + hlen].decode("latin-1"))
            if header["fortran_order"]:
                raise ValueError(f"{name}: Fortran order")
            out[name.removesuffix(".npy")] = (str(header["descr"]), tuple(header["shape"]), raw[start + hlen :])
    return out


def _as_list(ints: Sequence[int]) -> list[int]:
    """``list(ints)`` of an ``_ints`` array, by its C-level ``tolist`` (a compiled ``list()`` iterates it)."""
    if isinstance(ints, (memoryview, arr.array)):
        return ints.tolist()
    return list(ints)


def _largest(ints: list[int]) -> int:
    """``max(ints)``, by a compiled loop over the list: the builtin compares each pair of ints as objects (~100
    instructions each: ~35 M for the automaton's two tables, 209,000 ints, at a run's first model reading;
    session 37). Raises ``ValueError`` on an empty list, as ``max`` does."""
    if not ints:
        raise ValueError("_largest() arg is an empty sequence")
    top = ints[0]
    for v in ints:
        if v > top:
            top = v
    return top


def _ints(array: tuple[str, tuple[int, ...], bytes]) -> Sequence[int]:
    """An integer array's values (a zero-copy view on a little-endian machine)."""
    descr, _shape, data = array
    view = memoryview(data).cast(_INT_CODES[descr])
    if sys.byteorder != "little" and view.itemsize > 1:
        swapped = arr.array(_INT_CODES[descr], data)
        swapped.byteswap()
        return swapped
    return view


class Scorer:
    """py3langid's classifier over the stored cut, without numpy: the byte automaton walked as the library walks
    it, each visited feature's per-language log-probabilities summed with the log of its count plus one.

    Why: importing numpy and loading its arrays was ~0.5 G instructions of a `kartlegg extract` run, for the
    0.8 % of ads the function-word vote leaves to the model (docs/benchmarks.md, issue 14 session 17). Only the
    rows of the automaton a text reaches are rebuilt, each from its parent row (``_sparse_rows``). The sums are
    in double precision where numpy's are in single, so a score can differ in its last bits; the language
    chosen is the library's (a property test compares the two on random texts of the four languages)."""

    def __init__(self, arrays: dict[str, tuple[str, tuple[int, ...], bytes]]) -> None:
        descr, shape, data = arrays["classes"]
        width = int(descr[2:])
        text = data.decode("utf-32-le")
        self.classes = [text[i * width : (i + 1) * width].rstrip("\0") for i in range(shape[0])]
        n = len(self.classes)
        ptc_descr, ptc_shape, self._ptc = arrays["ptc"]
        if ptc_shape[1:] != (n,):
            raise ValueError("the cut's feature table does not match its classes")
        self._feature = struct.Struct(f"<{n}{_FLOAT_CODES[ptc_descr]}")
        pc_descr, _shape, pc = arrays["pc"]
        self._pc = struct.unpack(f"<{n}{_FLOAT_CODES[pc_descr]}", pc)
        self._state_row = _ints(arrays["nextmove_row"])
        self._out = _ints(arrays["out_feat"])
        self._rows: dict[int, Sequence[int]] = {}
        self._dense: Sequence[int] | None = _ints(arrays["nextmove"]) if "nextmove" in arrays else None
        if self._dense is None:
            self._root = list(_ints(arrays["nm_root"]))
            self._parent = _ints(arrays["nm_parent"])
            self._entry_row = _ints(arrays["nm_row"])
            self._entry_byte = _ints(arrays["nm_byte"])
            self._entry_next = _ints(arrays["nm_next"])
        # each row's first entry (-1: none) and the entries' rows as a list, made at the first rebuilt row
        self._first: list[int] = []
        self._entry_rows: list[int] = []
        # ``classify``'s tables, made at its first call: the state rows and features as lists (compiled code indexes
        # a list directly, a memoryview through a Python call), each visited row as a list, each feature's
        # row of the log-probability table as read once
        self._state_list: list[int] = []
        self._out_list: list[int] = []
        self._row_lists: list[list[int] | None] = []
        self._vectors: list[tuple[float, ...] | None] = []
        # count buffers (one per feature, all 0 between calls), each taken by one call at a time: ``list.pop`` and
        # ``append`` are single steps for threads; a call that raises never gives its buffer back
        self._buffers: list[list[int]] = []

    def row(self, r: int) -> Sequence[int]:
        """Row ``r`` of the transition table: the next state for each byte."""
        row = self._rows.get(r)
        if row is not None:
            return row
        if self._dense is not None:
            row = self._dense[r << 8 : (r + 1) << 8]
        else:
            if not self._first:
                # each row's entries are contiguous: the first index of each, by a compiled pass from the end over
                # lists (a dict built from the memoryviews was ~77 M instructions, a run's first model reading)
                entry_row = _as_list(self._entry_row)
                first = [-1] * len(self._parent)
                for k in range(len(entry_row) - 1, -1, -1):
                    first[entry_row[k]] = k
                self._entry_rows = entry_row
                self._first = first  # last: another thread reads ``_entry_rows`` once this is set
            entry_row = self._entry_rows
            parent = self._parent[r]
            new = self._root.copy() if parent == r else list(self.row(parent))
            i = self._first[r]
            n = len(entry_row)
            if i >= 0:
                while i < n and entry_row[i] == r:
                    new[self._entry_byte[i]] = self._entry_next[i]
                    i += 1
            row = new
        self._rows[r] = row
        return row

    def classify(self, text: str) -> tuple[str, float]:
        """The most likely language of ``text`` and its score (py3langid's ``classify``, unnormalised)."""
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
        if not self._state_list:
            # made whole before ``_state_list`` says so (another thread may read them as soon as it does)
            out_list = _as_list(self._out)
            state_list = _as_list(self._state_row)
            self._out_list = out_list
            self._row_lists = [None] * (_largest(state_list) + 1)
            self._vectors = [None] * (_largest(out_list) + 1)
            self._state_list = state_list
        state_row = self._state_list
        out = self._out_list
        row_lists = self._row_lists
        buffers = self._buffers
        counts = buffers.pop() if buffers else [0] * len(self._vectors)
        seen: list[int] = []  # the features met, in order of their first occurrence (the dict's order)
        state = 0
        for i in range(len(data)):
            r = state_row[state]
            row = row_lists[r]
            if row is None:
                got = self.row(r)
                # a rebuilt row is a list of its own already (never changed once made); a dense table's is a view
                row = row_lists[r] = got if isinstance(got, list) else list(got)
            state = row[data[i]]
            f = out[state]
            if f >= 0:
                c = counts[f]
                if not c:
                    seen.append(f)
                counts[f] = c + 1
        if not seen:
            buffers.append(counts)
            return self.classes[0], _RAW_FLOOR  # the library's floor score for every language: the first wins
        scores: list[float] = list(self._pc)
        n = len(scores)
        vectors = self._vectors
        log1p = _LOG1P
        if n == 4:
            # the four languages' sums in locals: each the same products added in the same order as the loop below
            s0: float = scores[0]
            s1: float = scores[1]
            s2: float = scores[2]
            s3: float = scores[3]
            for f in seen:
                c = counts[f]
                weight = log1p[c] if c < 256 else math.log1p(c)
                counts[f] = 0
                vec = vectors[f]
                if vec is None:
                    vec = vectors[f] = self._feature.unpack_from(self._ptc, f * self._feature.size)
                s0 += weight * vec[0]
                s1 += weight * vec[1]
                s2 += weight * vec[2]
                s3 += weight * vec[3]
            scores = [s0, s1, s2, s3]
        else:
            for f in seen:
                c = counts[f]
                weight = log1p[c] if c < 256 else math.log1p(c)
                counts[f] = 0
                vec = vectors[f]
                if vec is None:
                    vec = vectors[f] = self._feature.unpack_from(self._ptc, f * self._feature.size)
                for k in range(n):
                    sk: float = scores[k]
                    sk += weight * vec[k]
                    scores[k] = sk
        buffers.append(counts)  # every count read is 0 again
        best = max(range(len(scores)), key=scores.__getitem__)  # the first of equal scores, as argmax
        return self.classes[best], scores[best]


#: ``math.log1p`` of the small counts a text's features have, read from a list (a call of ``math.log1p`` from
#: compiled code is an attribute look-up and a Python call); the very floats ``math.log1p`` returns.
_LOG1P: Final[list[float]] = [math.log1p(c) for c in range(256)]


#: py3langid's score for a text without features (``RAW_FLOOR``: float32's lowest finite value).
_RAW_FLOOR = -3.4028234663852886e38


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
