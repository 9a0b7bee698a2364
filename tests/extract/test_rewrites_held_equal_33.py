"""Issue 14, session 33: rewrites in extraction give exactly what the code they replace gave (the old code is each
test's oracle)."""

from __future__ import annotations

import dataclasses
import keyword
import marshal
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import phones, signs, startcache


@pytest.fixture
def codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty start cache in its own folder."""
    monkeypatch.setenv("KARTLEGG_CACHE_DIR", str(tmp_path))
    for name in ("_texts", "_regexes", "_kept", "_tries", "_codes"):
        monkeypatch.setattr(startcache, name, {})
    for name in ("_kept_used", "_tries_used", "_codes_used"):
        monkeypatch.setattr(startcache, name, set())
    monkeypatch.setattr(startcache, "_dirty", False)
    return tmp_path


def _functions(cls: type) -> dict[str, types.FunctionType]:
    return {k: v for k, v in vars(cls).items() if isinstance(v, types.FunctionType)}


def _same_code(a: types.CodeType, b: types.CodeType) -> None:
    assert a.co_code == b.co_code
    assert a.co_flags == b.co_flags
    assert a.co_filename == b.co_filename
    assert a.co_names == b.co_names
    assert a.co_varnames == b.co_varnames
    assert a.co_freevars == b.co_freevars
    assert a.co_argcount == b.co_argcount
    assert a.co_kwonlyargcount == b.co_kwonlyargcount
    for x, y in zip(a.co_consts, b.co_consts, strict=True):
        if isinstance(x, types.CodeType):
            assert isinstance(y, types.CodeType)
            _same_code(x, y)
        else:
            assert x == y


def _same_class(new: type, old: type) -> None:
    """Every function ``dataclasses`` wrote for ``new`` is the one it wrote for ``old`` (code, annotations,
    defaults: what ``inspect.signature`` and ``typing.get_type_hints`` read)."""
    fn_new, fn_old = _functions(new), _functions(old)
    assert fn_new.keys() == fn_old.keys()
    for name, f in fn_old.items():
        g = fn_new[name]
        _same_code(g.__code__, f.__code__)
        assert g.__annotations__ == f.__annotations__
        assert g.__defaults__ == f.__defaults__
        assert g.__kwdefaults__ == f.__kwdefaults__
        assert g.__qualname__ == f.__qualname__


#: Field names; none with two leading underscores: ``__slots__`` mangles such a name, which plain ``dataclasses`` cannot
#: initialise either ("'Made' object has no attribute '__a'").
_NAMES = st.lists(
    st.text(alphabet="abcxyz_", min_size=1, max_size=5).filter(
        lambda s: not keyword.iskeyword(s) and not s.startswith("__")
    ),
    min_size=0,
    max_size=5,
    unique=True,
)
_OPTIONS = st.fixed_dictionaries(
    {
        "frozen": st.booleans(),
        "order": st.booleans(),
        "slots": st.booleans(),
        "kw_only": st.booleans(),
        "unsafe_hash": st.booleans(),
    }
)


def _make(names: list[str], options: dict[str, bool], defaults: int) -> type:
    """A dataclass of ``names`` (the last ``defaults`` of them with a default, one of them a factory's)."""
    annotations: dict[str, Any] = {}
    ns: dict[str, Any] = {"__annotations__": annotations, "__module__": __name__}
    kinds = (int, str, "list[int]", float | None)
    for i, name in enumerate(names):
        annotations[name] = kinds[i % len(kinds)]
        if i >= len(names) - defaults:
            ns[name] = dataclasses.field(default_factory=list) if i % 2 else i
    return dataclasses.dataclass(**options)(type("Made", (), ns))


@settings(max_examples=150, deadline=None)
@given(names=_NAMES, options=_OPTIONS, defaults=st.integers(0, 5))
def test_kept_dataclass_code_is_what_dataclasses_compiles(
    names: list[str], options: dict[str, bool], defaults: int
) -> None:
    """A dataclass made while its functions' code is held (compiled once, then from the kept code after a marshal
    round trip, as after a restart) has exactly the functions ``dataclasses`` writes without it."""
    saved = (startcache._codes, startcache._codes_used, startcache._dirty)
    startcache._codes, startcache._codes_used = {}, set()
    try:
        old = _make(names, options, defaults)
        startcache.hold_dataclasses(True)
        try:
            first = _make(names, options, defaults)
            assert startcache._codes  # compiled and kept
            startcache._codes = marshal.loads(marshal.dumps(startcache._codes))
            again = _make(names, options, defaults)
        finally:
            startcache.hold_dataclasses(False)
        _same_class(first, old)
        _same_class(again, old)
        args = list(range(len(names)))
        if options["kw_only"]:
            a, b = again(**dict(zip(names, args, strict=True))), old(**dict(zip(names, args, strict=True)))
        else:
            a, b = again(*args), old(*args)
        assert repr(a) == repr(b)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
    finally:
        startcache._codes, startcache._codes_used, startcache._dirty = saved


def test_holding_is_undone_and_leaves_anothers_exec(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the extract package's import is held: after it ``dataclasses`` uses the built-in ``exec`` again, and an
    ``exec`` someone else put there is neither replaced nor removed."""
    assert "exec" not in vars(dataclasses)  # the package's import let go
    startcache.hold_dataclasses(True)
    assert vars(dataclasses)["exec"] is startcache._exec_kept
    startcache.hold_dataclasses(False)
    assert "exec" not in vars(dataclasses)
    theirs = exec
    monkeypatch.setattr(dataclasses, "exec", theirs, raising=False)
    startcache.hold_dataclasses(True)
    assert vars(dataclasses)["exec"] is theirs
    startcache.hold_dataclasses(False)
    assert vars(dataclasses)["exec"] is theirs


def test_kept_dataclass_code_comes_back_from_the_file(codes: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extract command writes the code it compiled; the next start reads it and compiles none of it again."""
    startcache.hold_dataclasses(True)
    try:
        old = _make(["name", "age", "city"], {"frozen": True, "order": False, "slots": True}, 1)
    finally:
        startcache.hold_dataclasses(False)
    assert startcache._dirty
    startcache.save()
    assert list(codes.iterdir())
    monkeypatch.setattr(startcache, "_codes", {})
    startcache.load()
    assert startcache._codes

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("compiled again, though the file keeps it")

    monkeypatch.setattr(startcache, "compile", never, raising=False)
    startcache.hold_dataclasses(True)
    try:
        again = _make(["name", "age", "city"], {"frozen": True, "order": False, "slots": True}, 1)
        with pytest.raises(AssertionError, match="compiled again"):
            _make(["other"], {}, 0)
    finally:
        startcache.hold_dataclasses(False)
    _same_class(again, old)


def _old_bridge_signs(text: str) -> str | None:
    """Session 29's ``bridge_signs``: the chain pattern tried at every character of the field."""
    out: list[str] | None = None
    for m in signs._CHAIN.finditer(text):
        head = m.group(1)
        groups = [g.group(1) for g in signs._LINK.finditer(m.group(2))]
        total = len(head.lstrip("+")) + sum(len(g) for g in groups)
        if not signs.MIN_DIGITS <= total <= signs.MAX_DIGITS:
            continue
        if len(groups) > 1:
            ok = all(len(g) <= signs.MAX_GROUP for g in groups[:-1]) and len(groups[-1]) <= signs.MAX_GROUP + 1
        else:
            ok = head[0] in "+0" or len(groups[0]) <= signs.MAX_TAIL
        if not ok:
            continue
        if out is None:
            out = list(text)
        for i in range(m.start(2), m.end(2)):
            if text[i] in signs._SIGNS or text[i] == "\ufe0f":
                out[i] = " "
    return "".join(out) if out is not None else None


#: Digits, "+", blanks, tabs, the four phone signs and the presentation selector, a letter, "_" (a word character
#: before a head), a heart.
_SIGN_TEXT = st.text(alphabet="0123456789+ \t\U0001f4de\u260e\U0001f4f1\u2706\ufe0fa_\u2764\n", max_size=60) | st.lists(
    st.sampled_from(
        ["+", "0", "12", "345", "4567", "98765", "123456", " ", "\t", "\U0001f4de", "\u260e\ufe0f", "\u2706", "a"]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_SIGN_TEXT)
@example(text="81\U0001f4de77\U0001f4de53\U0001f4de98")
@example(text="+123456 \U0001f4de7890")
@example(text="ring 6257 \u260e\ufe0f 4997 nu")
@example(text="+46763 \U0001f4de 560736")
@example(text="a12345678\U0001f4de1234 +4676\U0001f4f1\U0001f4f112345678")
@example(text="\U0001f4de12345678\U0001f4de1\U0001f4de23456789\u27060")
def test_bridge_signs_tries_the_chain_only_before_a_sign(text: str) -> None:
    """The chain pattern tried only within reach before each sign finds exactly what ``finditer`` found."""
    assert [m.span() for m in signs._chains(text)] == [m.span() for m in signs._CHAIN.finditer(text)]
    assert signs.bridge_signs(text) == _old_bridge_signs(text)


@settings(max_examples=300, deadline=None)
@given(
    regions=st.lists(st.sampled_from(["SE", "NO", "DK", "FI", "DE", "PL", "GB"]), min_size=1, max_size=3),
    number=st.text(alphabet="0123456789+", min_size=1, max_size=14),
)
@example(regions=["SE"], number="0701234567")
@example(regions=["NO", "SE"], number="+4791234567")
def test_region_checks_are_the_partials_they_replace(regions: list[str], number: str) -> None:
    """The checks kept per tuple of regions answer as the ``functools.partial`` made per field did, for a tuple and
    for a list (which is never kept)."""
    for given_regions in (tuple(regions), regions):
        checks = phones._region_checks(given_regions)
        assert checks.mobile(number) == phones._mobile_digits(number, regions=regions)
        assert checks.valid(number) == phones._valid_digits(number, regions=regions)
        assert checks.whole(number) == phones._whole_number(number, regions=regions)
        assert checks.letters(number) == phones._whole_letters(number, regions=regions)
    assert phones._region_checks(tuple(regions)) is phones._region_checks(tuple(regions))
