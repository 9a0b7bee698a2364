"""Issue 14, session 25: loops and precomputed tables that replace regex calls and per-call work in the hot
path read exactly what the code they replace read (hypothesis texts of the characters that decide them)."""

from __future__ import annotations

import math
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import furniture, langmodel

# the patterns the URL readers' loops replaced, kept here as their reference
_URL_RUN = re.compile(r"\d+")
_SLUG_OPEN = re.compile(r"(\d+)[-_][^\W\d_]")
_SLUG_CLOSE = re.compile(r"(?:[^\W\d_]|(?<!\d)\d{5,})[-_](\d+)$")

# characters the URL readers tell apart: ASCII and other digits ("٣" is decimal, "²" a digit but not decimal),
# letters (also non-ASCII, "ſ"), "-" and "_", other signs, a line break
_URL_PIECES = st.sampled_from(
    ["a", "Z", "é", "ſ", "ª", "-", "_", "1", "23", "12345", "٣", "２", "²", "½", "\n", ".", " ", "/", "x-9", "9-"]
)
_SLUGS = st.lists(_URL_PIECES, max_size=14).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_SLUGS)
@example("")
@example("123-a")
@example("123-_")
@example("123-²")
@example("٣٣-ſ")
def test_the_slug_opening_number_is_what_the_pattern_matched(slug: str) -> None:
    """``_slug_open`` gives group 1's end of ``_SLUG_OPEN.match`` (mutants: "²", a digit but not decimal, refused
    as the letter after the dash; only ASCII digits read as digits — each fails)."""
    m = _SLUG_OPEN.match(slug)
    assert furniture._slug_open(slug) == (m.end(1) if m else -1), slug


@settings(max_examples=1000, deadline=None)
@given(_SLUGS)
@example("anna-4471993\n")
@example("slug-٣")
@example("slug-²")
@example("12345-678")
@example("1234-678")
@example("a12345-678")
@example("²-12")
@example("-12")
@example("a-12\n\n")
def test_the_slug_closing_number_is_what_the_pattern_found(slug: str) -> None:
    """``_slug_close`` gives ``_SLUG_CLOSE.search``'s start and group 1 (mutants: four digits before the dash
    enough, the digit run's start not taken whole, the final line break not skipped — each fails)."""
    m = _SLUG_CLOSE.search(slug)
    assert furniture._slug_close(slug) == ((m.start(), m.start(1), m.end(1)) if m else None), slug


@settings(max_examples=1000, deadline=None)
@given(_SLUGS)
@example("https://x.no/²")
@example("https://x.no/٣")
def test_a_url_has_a_number_where_the_pattern_found_one(url: str) -> None:
    """``_has_decimal`` is ``_URL_RUN.search`` found something (mutant: only ASCII digits — fails)."""
    assert furniture._has_decimal(url) == (_URL_RUN.search(url) is not None), url


# latin-1 letters, digits and signs, and wider characters that are no letter or digit: emoji, dashes, quotes,
# symbols with a lower-case form ("Ⓐ", "Ⓩ"), a full-width "？", and "İ" and "Σ" (letters: such a text is lowered
# the slow way, which ``scan`` must still do)
_FIELD_CHARS = st.sampled_from(
    [*"aZÅØæß ?!.-\n9µÿ", "😘", "–", "”", "Ⓐ", "Ⓩ", "？", "→", "♥", "İ", "Σ", "ǅ", "Ⅳ", "\u0345"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_FIELD_CHARS, max_size=30).map("".join))
@example("ⒶNNA 😘")
@example("? Ⓐ ?")
def test_a_field_with_wide_signs_is_lowered_as_lower_same_length_lowers_it(text: str) -> None:
    """``scan`` lowers a field whose characters above U+00FF are no letters or digits (``_wide_inert``) by
    ``_lower_inert``, not ``lower_same_length`` (mutants: the wide characters kept as written — "Ⓐ" — or the
    text after the last wide character dropped — each fails)."""
    from kartlegg.extract import patterns

    assert patterns.scan(text)[1] == patterns.lower_same_length(patterns.prepare(text)), text
    data = text.encode("latin-1", "replace")
    if patterns._wide_inert(text, data):
        assert patterns._lower_inert(text, data) == patterns.lower_same_length(text), text


def _classify_as_before(scorer: langmodel.Scorer, text: str) -> tuple[str, float]:
    """``Scorer.classify`` as session 24 left it: a dict of counts, a feature's row unpacked at each use, the
    scores summed through a list (the reference the faster reading must equal, to the last bit)."""
    if text.isupper():
        text = text.lower()
    data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
    counts: dict[int, int] = {}
    state = 0
    for byte in data:
        state = scorer.row(scorer._state_row[state])[byte]
        f = scorer._out[state]
        if f >= 0:
            counts[f] = counts.get(f, 0) + 1
    if not counts:
        return scorer.classes[0], langmodel._RAW_FLOOR
    scores = list(scorer._pc)
    for f, c in counts.items():
        weight = math.log1p(c)
        for k, p in enumerate(scorer._feature.unpack_from(scorer._ptc, f * scorer._feature.size)):
            scores[k] += weight * p
    best = max(range(len(scores)), key=scores.__getitem__)
    return scorer.classes[best], scores[best]


_AD_WORDS = st.sampled_from(
    "hej jag är ny i stan och väntar på dig hei kjære jente byen ring meg skat pige til mig new in town call me "
    "massage incall outcall diskret 1500 kr 23 år Oslo Göteborg København SEXY THAI GIRL NEW ÆØÅ æøå öäü "
    "xoxo 😘 ♥ !!! ... — 0701234567 +47 www.example.no og er det en to tre fire fem seks sju otte".split()
)
_AD_TEXTS = st.lists(_AD_WORDS, max_size=60).map(" ".join) | st.text(max_size=80)


@pytest.fixture(scope="module")
def scorer() -> langmodel.Scorer:
    s = langmodel.load(langmodel.LANGUAGES)
    if s is None:
        pytest.skip("no stored cut of the language model (make install writes it)")
    return s


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_AD_TEXTS)
@example("")
@example("ok")
@example("SEXY THAI GIRL NEW IN TOWN")
@example("aaaa " * 60)
def test_the_model_scores_every_text_as_before(scorer: langmodel.Scorer, text: str) -> None:
    """``classify`` (counts in a reused buffer in first-seen order, feature rows read once, the four sums in
    locals, ``log1p`` from a table) gives the language and the very score of the reading it replaces, asked
    twice (mutants: the features summed in another order, a count not set back to 0 after a call, the table's
    ``log1p`` off by one count — each fails)."""
    expected = _classify_as_before(scorer, text)
    assert scorer.classify(text) == expected, text
    assert scorer.classify(text) == expected, text


def test_a_reading_that_fails_leaves_no_counts_behind() -> None:
    """A call that raises part-way (here: a feature row that cannot be read) never hands its half-filled count
    buffer to the next call (mutant: the buffer given back as soon as it is taken — fails)."""
    import struct

    scorer = langmodel.load(langmodel.LANGUAGES)
    if scorer is None:
        pytest.skip("no stored cut of the language model (make install writes it)")
    fresh = langmodel.load(langmodel.LANGUAGES)
    assert fresh is not None
    good = scorer._feature
    scorer._feature = struct.Struct(f"<{10**6}e")  # every row read past the end of the table
    with pytest.raises(struct.error):
        scorer.classify("hej jag är ny i stan")
    scorer._feature = good
    for text in ("hej jag är ny i stan", "hei kjære, ring meg", "new in town"):
        assert scorer.classify(text) == _classify_as_before(fresh, text)
