"""What every start of extraction rebuilds the same way, kept from the last start: the data files' parsed YAML
and the compiled regular expressions.

A start of ``kartlegg extract`` spent ~0.45 G instructions rebuilding the same things (issue 14): ~0.33 G in
Python's pure-Python regex compiler (~120 patterns: the selectors', the lexicons' phrase tries, phonenumbers')
and ~0.1 G parsing the four YAML files. Both are kept in one file per interpreter in the user's cache folder
(``KARTLEGG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kartlegg`` or ``~/.cache/kartlegg``; ``off`` keeps none),
read by every process that imports extraction and written only by ``kartlegg extract`` (``cli/stream.py``),
after its start and before it reads an ad, when that start found something missing. ``save`` keeps every
pattern in ``re``'s cache, so it must run where nothing but extraction's own code has compiled one: a
workbench, report or erasure process compiles patterns of selector values (``read.records.Scrubber``,
``lifecycle.warcerase``), which must never reach a file outside the store.

Every entry is keyed by what it was made from, so it can never stand for anything else: a data file's parse is
used only while the file's text equals the text it was parsed from (an edited lexicon is parsed again), and a
regex is the pattern string's compiled code, put into ``re``'s own cache under that string and its flags, so
``re.compile`` returns it as it would return a pattern it compiled earlier in the process. The code comes from
``re``'s compiler and is checked again by ``_sre.compile``; a file from another Python (its version and
``_sre.MAGIC``), or one that does not load, is ignored. The cache holds lexicon words and patterns, never ad text.

Some patterns are only made while ads are read: a phrase matcher's trie of the lexicon phrases an ad can hold
(``patterns.PhraseMatcher``; ~380 subsets per 20,000 ads, ~0.4 M instructions each, ~2 % of a run's CPU time).
They are built from the matcher's own phrases only, never from ad text, and asked for by name (``kept_regex``), not
taken from ``re``'s cache; the extract command (the one process that calls ``save``) writes the new ones when it
exits, so the next run compiles none it compiled before. The file then tells which lexicon phrases some ad held
together, as the lexicon's own words do, not any ad's text. The same holds the other patterns first made while ads
are read from extraction's own data only: the e-mails' "at" spellings and the handles' aliases an ad's words allow
(``contacts``), and the number patterns of each region met (``numbering``, from ``phonenumbers``' metadata).

The alternations ``patterns.trie_pattern`` builds from word lists (a trie per lexicon list and per phrase matcher's
subset: ~0.1 G instructions at every start, session 32) are kept the same way, by their words (``kept_trie``): the
words are the lexicons' own, never an ad's.

The functions ``dataclasses`` writes for every dataclass imported with extraction (``__init__``, ``__repr__``,
``__eq__``, ...: ~190 source texts that it ``exec``s, ~0.13 G instructions of Python's parser and compiler at every
start, session 33) are kept as their compiled code, by their source text (``hold_dataclasses``): while the extract
package imports, ``dataclasses``' ``exec`` runs the kept code of a text it has, else compiles the text as ``exec``
would (filename ``"<string>"``, no inherited ``__future__`` flags). The texts are the library's own templates with
the classes' field names, never ad text.
"""

from __future__ import annotations

import _sre
import atexit
import builtins
import dataclasses
import marshal
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Marks the file's format; a file in another is ignored (and replaced at the next save).
FORMAT = "kartlegg-start 4"
#: More regexes than this in the file (patterns of older sources accumulate) and it is started afresh.
MAX_REGEXES = 300
#: More kept patterns than this (``kept_regex``) and the file keeps only those the last run used or made.
MAX_KEPT = 2048

# One compiled regex as ``_sre.compile`` takes it: the pattern, the flags it was asked with, the flags it
# compiled to, its code, its group count less one, the group names and the groups' names by number.
_Regex = tuple[str, int, int, list[int], int, dict[str, int], tuple[str | None, ...]]

#: Each data file's text and its parse, marshalled: every read gets its own copy, as from the parser.
_texts: dict[str, tuple[str, bytes]] = {}
_regexes: dict[tuple[str, int], _Regex] = {}
_dirty = False
#: ``kept_regex``'s patterns from the file and those this process made: pattern -> compiled form (flags 0).
_kept: dict[str, _Regex] = {}
#: The kept patterns this process asked for, and whether one was new: what ``_save_kept`` writes at exit.
_kept_used: set[str] = set()
_kept_new = False
#: ``kept_regex``'s patterns made in this process, by pattern: each asked for again is the same object.
_made: dict[str, re.Pattern[str]] = {}
#: Set by ``save``: only the process that writes the cache keeps new patterns (the extract command).
_keeping = False
#: ``kept_trie``'s alternations by their words (sorted, unique, joined by NUL), and those this process asked for.
_tries: dict[str, str] = {}
_tries_used: set[str] = set()
#: More alternations than this and the file keeps only those the last run used or made; a process holds at most
#: twice as many (a test's random word lists are made afresh past it).
MAX_TRIES = 4096
#: ``hold_dataclasses``' compiled code by source text (marshalled), and the texts this process compiled itself.
_codes: dict[str, bytes] = {}
#: More kept code texts than this (classes of older sources accumulate) and the file keeps this start's only.
MAX_CODES = 1024
_codes_used: set[str] = set()


def folder() -> Path | None:
    """Where the cache lives, or None when ``KARTLEGG_CACHE_DIR=off``."""
    env = os.environ.get("KARTLEGG_CACHE_DIR")
    if env == "off":
        return None
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    try:
        return (Path(xdg) if xdg else Path.home() / ".cache") / "kartlegg"
    except (RuntimeError, KeyError):  # no home folder to be found: no cache
        return None


def _file() -> Path | None:
    base = folder()
    return None if base is None else base / f"extract-start.{sys.implementation.cache_tag}.marshal"


def _stamp() -> tuple[str, str, int]:
    return (FORMAT, sys.version, _sre.MAGIC)


def load() -> None:
    """Read the cache and put its regexes into ``re``'s cache; nothing happens if there is none or it does not fit."""
    global _dirty
    path = _file()
    cache = getattr(re, "_cache", None)
    try:
        if path is None or not isinstance(cache, dict):  # another Python's re may keep its cache elsewhere
            return
        # the user's own cache file of plain values (strings, numbers, lists) and code, written by save() below
        stamp, texts, regexes, kept, tries, codes = marshal.loads(_own_bytes(path))  # noqa: S302
        if stamp != _stamp():
            _dirty = True
            return
        compiled = [(r[0], r[1], _sre.compile(r[0], *r[2:])) for r in regexes]
    except (OSError, EOFError, ValueError, TypeError, RuntimeError):  # none yet, or one that does not load
        _dirty = True
        return
    for pattern, flags, rx in compiled:
        cache.setdefault((str, pattern, flags), rx)
    _texts.update(texts)
    _regexes.update({(r[0], r[1]): r for r in regexes})
    _kept.update({r[0]: r for r in kept if r[1] == 0})
    _tries.update(tries)
    _codes.update(codes)


def _exec_kept(source: object, globals_: dict[str, Any] | None = None, locals_: dict[str, Any] | None = None) -> None:
    """``exec(source, globals_, locals_)`` as ``dataclasses`` calls it, from the code kept for a source text. Compiled
    as ``exec`` compiles a string there: filename ``"<string>"``, the flags of ``dataclasses``' own code (none:
    ``dont_inherit``, so this module's ``from __future__ import annotations`` does not make the functions'
    annotations strings)."""
    global _dirty
    if type(source) is not str:
        builtins.exec(source, globals_, locals_)  # type: ignore[arg-type]  # noqa: S102 (dataclasses' own call)
        return
    blob = _codes.get(source)
    code = None
    if blob is not None:
        try:
            code = marshal.loads(blob)  # noqa: S302 (marshal.dumps of compile's code, below or from the file)
        except (EOFError, ValueError, TypeError):
            code = None
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if len(_codes) < 2 * MAX_CODES:
            _codes[source] = marshal.dumps(code)
            _dirty = True
    _codes_used.add(source)
    builtins.exec(code, globals_, locals_)  # noqa: S102 (the dataclass functions' code, as dataclasses runs it)


def hold_dataclasses(on: bool) -> None:
    """While ``on``, ``dataclasses`` runs the code kept for each function text it writes (``_exec_kept``) instead of
    parsing and compiling the text again: set by the extract package around the import of its modules (every
    dataclass of extraction and the records it imports), unset after. Nothing happens where ``dataclasses`` already
    has a module-level ``exec`` of someone else's."""
    held = vars(dataclasses).get("exec")
    if on and held is None:
        dataclasses.exec = _exec_kept  # type: ignore[attr-defined]
    elif not on and held is _exec_kept:
        del dataclasses.exec  # type: ignore[attr-defined]


def kept_regex(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` for a pattern made only of extraction's own data (its lexicon, ``phonenumbers``'
    metadata) while ads are read, from the compiled code a previous run kept when it has it (no call to ``re``'s
    compiler, which costs ~0.4 M instructions a trie); in the extract command a new pattern is kept for the next
    run (written at exit by ``_save_kept``). Never for a pattern with ad text in it: the file outlives the store.

    A kept pattern asked for again in the same process is the object made the first time (``_made``), as
    ``re.compile`` answers from its cache: callers that ask per number (``homeland``'s format patterns) paid an
    ``_sre.compile`` of the kept code at every call (~1.1 k calls on 1,500 blind14 ads, session 42). Only a pattern
    that is kept (``_kept``) and recorded as used (``_kept_used``) is answered so: whatever resets either (a new
    file, a test's empty cache) makes the next call take the whole path again, so what ``_save_kept`` writes is
    what it wrote without the memo."""
    rx = _made.get(pattern)
    if rx is not None and pattern in _kept_used and pattern in _kept:
        return rx
    rx = _kept_regex(pattern)
    if pattern in _kept_used and pattern in _kept:
        if len(_made) >= MAX_KEPT:
            _made.clear()
        _made[pattern] = rx
    return rx


def _kept_regex(pattern: str) -> re.Pattern[str]:
    global _kept_new
    form = _kept.get(pattern)
    if form is not None:
        try:
            rx: re.Pattern[str] = _sre.compile(pattern, *form[2:])
        except (TypeError, ValueError, RuntimeError):  # a form this Python's engine refuses: compile it afresh
            del _kept[pattern]
        else:
            _kept_used.add(pattern)
            return rx
    if not _keeping:
        return re.compile(pattern)
    form = compiled_form(pattern, 0)  # what ``re.compile`` would hand ``_sre.compile``, kept for the next run
    rx = _sre.compile(pattern, *form[2:])
    _kept[pattern] = form
    _kept_used.add(pattern)
    _kept_new = True
    return rx


def kept_trie(words: list[str], make: Callable[[list[str]], str]) -> str:
    """``make(words)`` (``words`` sorted and unique, extraction's own data only: a lexicon's words or phrases), kept
    across runs by the words: a trie's alternation is a function of them alone. The key is the words joined by NUL,
    so a word holding one (which could make two lists one key) is made afresh, never kept."""
    global _dirty, _kept_new
    key = "\0".join(words)
    if key.count("\0") != len(words) - 1:
        return make(words)
    got = _tries.get(key)
    if got is None:
        got = make(words)
        if len(_tries) < 2 * MAX_TRIES:
            _tries[key] = got
            _dirty = True  # written by ``save`` when made at the start, at exit when made while ads are read
            _kept_new = _kept_new or _keeping
    _tries_used.add(key)
    return got


def kept_data(name: str, key: str, make: Callable[[], Any]) -> Any:
    """``make()`` (plain values ``marshal`` holds, made from extraction's own data only: a library's metadata, a
    lexicon's lists), kept across runs under ``name`` while ``key`` (what the value is a function of: the library's
    version, the lexicon's words) is the key it was made with; a fresh copy at every call, as from ``make``. Made
    while ads are read, it is written at the extract command's exit (``_save_kept``), made at the start, by ``save``.
    Never for a value with ad text in it: the file outlives the store."""
    global _dirty, _kept_new
    hit = _texts.get(name)
    if hit is not None and hit[0] == key:
        try:
            return marshal.loads(hit[1])  # noqa: S302 (written by marshal.dumps just below, or read with the file)
        except (EOFError, ValueError, TypeError):
            pass
    data = make()
    if _file() is None:  # no cache kept: nothing to marshal
        return data
    try:
        _texts[name] = (key, marshal.dumps(data))
    except ValueError:  # a value marshal cannot hold: made at every start
        return data
    _dirty = True
    _kept_new = _kept_new or _keeping
    return data


def parsed(name: str, text: str, parse: Callable[[str], Any]) -> Any:
    """``parse(text)``, from the cache while ``text`` is the text it was parsed from."""
    global _dirty
    hit = _texts.get(name)
    if hit is not None and hit[0] == text:
        return marshal.loads(hit[1])  # noqa: S302 (written by marshal.dumps just below, or read with the file)
    data = parse(text)
    if _file() is None:  # no cache kept: nothing to marshal
        return data
    try:
        _texts[name] = (text, marshal.dumps(data))
    except ValueError:  # a value marshal cannot hold (a YAML date): parsed at every start
        return data
    _dirty = True
    return data


def compiled_form(pattern: str, flags: int) -> _Regex:
    """The arguments ``re``'s compiler gives ``_sre.compile`` for ``re.compile(pattern, flags)``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # its opcodes are an int subclass, which marshal refuses
    names: list[str | None] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        names[i] = name
    return (pattern, flags, int(flags | p.state.flags), code, p.state.groups - 1, dict(p.state.groupdict), tuple(names))


def save() -> None:
    """Write the cache if this start parsed a data file or compiled a regex it did not hold (once per process), and
    keep the patterns ``kept_regex`` makes from here on, written when the process exits."""
    global _dirty, _keeping
    if not _keeping:
        _keeping = True
        atexit.register(_save_kept)
    cache = getattr(re, "_cache", None)
    keys = list(cache) if isinstance(cache, dict) else []
    new = [
        key[1:] for key in keys if type(key) is tuple and len(key) == 3 and key[0] is str and key[1:] not in _regexes
    ]
    path = _file()
    if path is None or not (_dirty or new):
        return
    if len(_regexes) + len(new) > MAX_REGEXES:
        _regexes.clear()
    try:
        for pattern, flags in new:
            _regexes[(pattern, flags)] = compiled_form(pattern, flags)
        _write(path)
    # a read-only home, a pattern marshal cannot hold, another Python's regex compiler: no cache, same results
    except (OSError, ValueError, TypeError, AttributeError, re.error):
        return
    _dirty = False


def _own_bytes(path: Path) -> bytes:
    """The file's bytes if this user owns it and nobody else may write it: it holds code run at import and regex
    programs the engine does not check, so a file another account could have written is never read (ValueError)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
            raise ValueError(f"{path}: not this user's own file")
        return handle.read()


def _write(path: Path) -> None:
    if len(_codes) > MAX_CODES:
        for source in [t for t in _codes if t not in _codes_used]:
            del _codes[source]
    blob = marshal.dumps((_stamp(), _texts, list(_regexes.values()), list(_kept.values()), _tries, _codes))
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(blob)
    os.replace(tmp, path)  # whole or not at all: several processes may start at once


def _save_kept() -> None:
    """At the extract command's exit: write the file again when a kept pattern was new (``kept_regex``); past
    ``MAX_KEPT`` only this run's are kept, so the file follows the markets it reads instead of growing (so with the
    tries past ``MAX_TRIES``)."""
    global _kept_new
    path = _file()
    if path is None or not _kept_new:
        return
    if len(_kept) > MAX_KEPT:
        for pattern in [p for p in _kept if p not in _kept_used]:
            del _kept[pattern]
    if len(_tries) > MAX_TRIES:
        for key in [k for k in _tries if k not in _tries_used]:
            del _tries[key]
    try:
        _write(path)
    except (OSError, ValueError, TypeError):
        return
    _kept_new = False
