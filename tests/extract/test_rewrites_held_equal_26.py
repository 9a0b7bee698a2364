"""Issue 14, session 26: look-ups that replace per-call work in extraction read exactly what the code they replace
read."""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import api, patterns


def _emit_with_re_escape(node: dict[str, object]) -> str:
    """``patterns._emit`` as it was before session 26: ``re.escape`` of each trie node's character."""
    alts: list[str] = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        sub = node[ch]
        assert isinstance(sub, dict)
        alts.append(re.escape(ch) + _emit_with_re_escape(sub))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


def test_one_character_is_escaped_as_re_escape_escapes_it_on_every_code_point() -> None:
    """The escape table gives ``re.escape`` of every character (mutants: the blank, "-" or "#" left out of the
    table, the table made of letters too — each fails)."""
    bad = [c for c in map(chr, range(sys.maxunicode + 1)) if patterns._escape_char(c) != re.escape(c)]
    assert bad == []


_PHRASE_CHARS = st.sampled_from([*"abcåäöæø éèü-.'&+#()?*[]{}|^$\\~\t\n0123456789", "ß", "ﬁ", "Ⓐ", "😀", "\u00a0"])
_PHRASES = st.lists(st.lists(_PHRASE_CHARS, min_size=1, max_size=8).map("".join), max_size=12)


@settings(max_examples=1000, deadline=None)
@given(_PHRASES)
@example(["new in town", "new girl", "ny", "c++", "a.b", "x#y"])
@example(["ab", "a", "abc"])
def test_the_trie_pattern_is_the_pattern_re_escape_built(phrases: list[str]) -> None:
    """``trie_pattern`` builds the very alternation the ``re.escape`` version built (mutant: an escape that
    leaves "." or " " as written — fails), and it compiles."""
    uniq = sorted({w for w in phrases if w})
    expected = _emit_with_re_escape(patterns._trie(uniq)) if uniq else "(?!)"  # type: ignore[arg-type]
    assert patterns.trie_pattern(phrases) == expected
    re.compile(expected)


_SITE_PIECES = st.sampled_from(
    ["a", "nattguiden", "kontaktsidan", ".", "..", "to", "no", "se", "dk", "uk", "co", "Se", "NO", "eu", "com", "-",
     ":8080", "@", "[", "]", "/", " ", "xn--", "ø", "1"]
)  # fmt: skip
_SITES = st.lists(_SITE_PIECES, min_size=1, max_size=8).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_SITES, min_size=1, max_size=6))
@example(["kontaktsidan.se", "kontaktsidan.se", "rodelykt.no", "moedested.dk", "scandi.eu", "a.SE."])
@example(["a.no", "a.se", "[a.no", "u@b.dk:80"])
def test_the_site_country_is_the_site_host_country_asked_once(sites: list[str]) -> None:
    """The site's country, kept by its name, equals the TLD country of its host asked anew, the second time too
    (mutants: the answer kept under the site's last three characters, a ``urlsplit`` error not read as no
    country — each fails)."""
    api._SITE_COUNTRIES.clear()
    for _round in range(2):
        for site in sites:
            assert api._site_country(site) == api._tld_country(api._host(site)), site


def test_the_site_country_memo_is_emptied_when_full() -> None:
    """It stays within 4,096 names (mutant: never emptied — fails)."""
    api._SITE_COUNTRIES.clear()
    for i in range(5000):
        assert api._site_country(f"site{i}.no") == "NO"
    assert len(api._SITE_COUNTRIES) <= 4096
    assert api._site_country("site4999.se") == "SE"
