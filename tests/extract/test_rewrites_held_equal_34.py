"""Issue 14, session 34: rewrites in extraction give exactly what the code they replace gave (the old code is each
test's oracle)."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import phonenumberutil

from kartlegg.extract import homeland, labels, startcache
from kartlegg.extract import lexicon as lexicon_module
from kartlegg.extract.lexicon import lexicon


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty start cache in its own folder, kept as the extract command keeps it (``save`` has run)."""
    monkeypatch.setenv("KARTLEGG_CACHE_DIR", str(tmp_path))
    for name in ("_texts", "_regexes", "_kept", "_tries", "_codes"):
        monkeypatch.setattr(startcache, name, {})
    for name in ("_kept_used", "_tries_used", "_codes_used"):
        monkeypatch.setattr(startcache, name, set())
    monkeypatch.setattr(startcache, "_dirty", False)
    monkeypatch.setattr(startcache, "_kept_new", False)
    monkeypatch.setattr(startcache, "_keeping", True)
    return tmp_path


def _rules_session_33() -> tuple[homeland._Rules, ...]:
    """``homeland._rules`` as session 33 wrote it: the metadata read and the patterns compiled in every process."""
    out: list[homeland._Rules] = []
    for r in lexicon().home_countries:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(r)
        mobile = None if meta is None else meta.mobile
        if meta is None or mobile is None or not mobile.national_number_pattern or meta.country_code is None:
            continue
        general = meta.general_desc
        lengths = frozenset(mobile.possible_length or (general.possible_length if general is not None else ()) or ())
        pattern = re.compile(mobile.national_number_pattern)
        out.append(homeland._Rules(r, str(meta.country_code), meta.national_prefix or "", lengths, pattern))
    return tuple(out)


def _same_rules(new: tuple[homeland._Rules, ...], old: tuple[homeland._Rules, ...]) -> None:
    assert [(r.region, r.code, r.trunk, r.lengths) for r in new] == [
        (r.region, r.code, r.trunk, r.lengths) for r in old
    ]
    assert [(r.pattern.pattern, r.pattern.flags, r.pattern.groups) for r in new] == [
        (r.pattern.pattern, r.pattern.flags, r.pattern.groups) for r in old
    ]


def test_home_rules_from_the_start_cache_are_the_metadata_s(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made, written, and read back after a restart (without reading the metadata), the rules are those read from
    ``phonenumbers``' metadata, and every pattern answers as the one compiled from it."""
    old = _rules_session_33()
    homeland._rules.cache_clear()
    try:
        made = homeland._rules()
        _same_rules(made, old)
        assert startcache._kept_new  # made while ads are read: written at the extract command's exit
        startcache._save_kept()
        for name in ("_texts", "_regexes", "_kept", "_tries", "_codes"):
            monkeypatch.setattr(startcache, name, {})
        startcache.load()
        assert "homeland.rules" in startcache._texts
        homeland._rules.cache_clear()

        def no_metadata(*_args: object) -> None:
            raise AssertionError("the metadata was read again")

        monkeypatch.setattr(homeland, "_read_rules", no_metadata)
        again = homeland._rules()
        _same_rules(again, old)
        for r, o in zip(again, old, strict=True):
            for digits in ("0", "7", "912345678", "501234567", "6012345678", "79123456789"):
                assert (r.pattern.fullmatch(digits) is None) == (o.pattern.fullmatch(digits) is None)
    finally:
        homeland._rules.cache_clear()


def test_home_rules_follow_their_key(cache: Path) -> None:
    """A value kept under another key (another version of the library, another list of countries) is made afresh."""
    startcache._texts["homeland.rules"] = ("an older key", marshal.dumps([("XX", "999", "", [9], "9{9}")]))
    homeland._rules.cache_clear()
    try:
        _same_rules(homeland._rules(), _rules_session_33())
    finally:
        homeland._rules.cache_clear()


def test_kept_data_is_a_fresh_copy(cache: Path) -> None:
    made = startcache.kept_data("test.x", "k1", lambda: [1, [2, 3]])
    again = startcache.kept_data("test.x", "k1", lambda: [9])
    assert made == again == [1, [2, 3]]
    again[1].append(4)
    assert startcache.kept_data("test.x", "k1", lambda: [9]) == [1, [2, 3]]
    assert startcache.kept_data("test.x", "k2", lambda: [9]) == [9]


def test_first_group_pattern_is_the_library_s() -> None:
    assert homeland._FIRST_GROUP.pattern == phonenumberutil._FIRST_GROUP_PATTERN.pattern


#: Country codes of every kind: the market's, the home countries', shared ones (NANPA, +7), non-geographic (+800).
_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _example_numbers() -> list[str]:
    out: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            n = phonenumbers.example_number_for_type(region, kind)
            if n is not None:
                out.append(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))
    return out


def _national_session_33(e164: str) -> str | None:
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _same_national(e164: str) -> None:
    old = _national_session_33(e164)
    if old is None:
        assert homeland._national_groups.__wrapped__(e164) == ()
        return
    assert homeland._national_format(phonenumbers.parse(e164)) == old
    assert homeland._national_groups.__wrapped__(e164) == homeland.groups(old)


def test_national_format_of_every_example_number() -> None:
    """Each region's example mobile and fixed-line number, and each with its last digits changed, is written as
    ``phonenumbers.format_number(..., NATIONAL)`` writes it (the national prefix rule, the first matching format)."""
    for e164 in _example_numbers():
        for tail in ("", "0", "9", "12"):
            _same_national(e164[: len(e164) - len(tail)] + tail)


@settings(max_examples=600, deadline=None)
@given(code=st.sampled_from(_CODES), digits=st.text(alphabet="0123456789", min_size=2, max_size=14))
@example(code=380, digits="675508805")  # Ukraine: "067 550 8805"
@example(code=1, digits="8495324090")  # the Dominican Republic under NANPA: "(849) 532-4090"
@example(code=55, digits="41911125667")  # Brazil: "(41) 91112-5667"
@example(code=84, digits="843275372")  # Vietnam
@example(code=46, digits="843275372")  # Stockholm: "08-43 27 53 72"
@example(code=39, digits="0612345678")  # Italy's leading zero
@example(code=800, digits="12345678")  # non-geographic
def test_national_format_equals_the_library_s(code: int, digits: str) -> None:
    _same_national(f"+{code}{digits}")


def _normalise_label_session_32(text: str) -> str:
    low = text.lower()
    for sign in ":#.-_/()[]*|,;":
        if sign in low:
            low = low.replace(sign, " ")
    return " ".join(low.split())


_LABEL_TEXT = st.text(alphabet=st.sampled_from(list("aAbZåÅİıſ 0٣\t\n\u00a0\u2003:#.-_/()[]*|,;–·😀")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(texts=st.lists(_LABEL_TEXT, min_size=1, max_size=6))
@example(texts=["Annonse-ID:", "Annonse-ID:", "annonse id"])
@example(texts=["Tlf / SMS", "TLF / sms", "Tlf / SMS"])
def test_normalise_label_equals_session_32_read_again(texts: list[str]) -> None:
    """The answer from the memo is the one the session-32 body gives, at the first call and every later one."""
    for t in texts + texts:
        assert lexicon_module.normalise_label(t) == _normalise_label_session_32(t)


def test_normalise_label_memo_stays_bounded() -> None:
    """At its real bound (the memo lives in ``labels`` since session 42, re-exported by ``lexicon``)."""
    for i in range(labels._MEMO_MAX + 10):
        lexicon_module.normalise_label(f"Label-{i}:")
    assert len(labels._MEMO) <= labels._MEMO_MAX
    long = "Tlf: " + "x" * labels._MEMO_CHARS
    assert lexicon_module.normalise_label(long) == _normalise_label_session_32(long)
    assert long not in labels._MEMO
