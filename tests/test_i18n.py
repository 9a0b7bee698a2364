"""The message catalogues: complete in all four languages, compiled from the current .po files, and the
language and format helpers the workbench uses."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from kartlegg import i18n

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "src" / "kartlegg" / "locale"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _po(lang: str):
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory):
    """The messages the sources hold now (pybabel extract with the repository's babel.cfg)."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run(
        [str(pybabel), "-q", "extract", "-F", "babel.cfg", "-k", "N_", "--no-location", "-o", str(out), "."],
        cwd=ROOT,
        check=True,
    )
    with out.open("rb") as fh:
        return {m.id for m in read_po(fh) if m.id}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_of_the_sources_is_translated(extracted, lang: str) -> None:
    cat = _po(lang)
    done = {m.id for m in cat if m.id and (all(m.string) if isinstance(m.id, tuple) else m.string)}
    missing = sorted(map(str, extracted - done))
    assert not missing, f"{lang}: untranslated (run `make i18n` and translate): {missing[:10]}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_every_placeholder(lang: str) -> None:
    for m in _po(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for s in strings:
            assert set(PLACEHOLDER.findall(s)) == wanted, (lang, m.id, s)


def _key(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else value


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(lang: str) -> None:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.mo").open("rb") as fh:
        mo = {_key(m.id): _key(m.string) for m in read_mo(fh) if m.id}
    po = {_key(m.id): _key(m.string) for m in _po(lang) if m.id}
    assert mo == po, f"{lang}: messages.mo is stale; run `make i18n`"


def test_translations_differ_from_english_and_from_each_other() -> None:
    words = {lang: i18n.gettext_for(lang)("Log in") for lang in i18n.LANGUAGES}
    assert words == {"nb": "Logg inn", "sv": "Logga in", "da": "Log ind", "en": "Log in"}
    assert i18n.gettext_for("sv")("Many persons per phone") == "Många personer per telefon"  # an indicator


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("nb-NO,nb;q=0.9,en;q=0.8", "nb"),
        ("no", "nb"),
        ("nn-NO", "nb"),
        ("de-DE, sv;q=0.5, da;q=0.4", "sv"),
        ("en-GB,da;q=0.9", "en"),
        ("da;q=0.2, sv;q=0.7", "sv"),
        ("fr, de", "en"),
        ("", "en"),
        (None, "en"),
        ("sv;q=abc, da", "da"),
    ],
)
def test_browser_language_negotiation(header: str | None, lang: str) -> None:
    assert i18n.negotiate(header) == lang


def test_unknown_language_is_refused() -> None:
    assert i18n.language_of("de") is None and i18n.language_of("sv_SE") == "sv"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.translations("de")


def test_numbers_and_dates_in_the_readers_locale() -> None:
    assert i18n.format_number(1234567, "en") == "1,234,567"
    assert i18n.format_number(1234567, "sv") == "1\xa0234\xa0567"
    assert i18n.format_number(1234567, "da") == "1.234.567"
    assert i18n.format_number(0.456, "nb", 2) == "0,46"
    assert i18n.format_date("2026-03-05", "en") == "Mar 5, 2026"
    assert i18n.format_date(date(2026, 3, 5), "sv") == "5 mars 2026"
    assert i18n.format_date("2026-03-05T14:05:00", "da").startswith("5. mar")
    assert i18n.format_datetime("2026-03-05T14:05:00", "nb").endswith("14:05")
    assert i18n.format_month("2026-03-05", "nb") == "mars 2026"
    assert i18n.format_date("yesterday-ish", "en") == "yesterday-ish"  # a site's garbage stays as written


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_cached_formats_equal_babels_own(lang: str) -> None:
    """The workbench formats numbers with a pattern parsed once and keeps formatted values (speed only):
    every value, asked twice, reads as Babel's own ``format_decimal`` / ``format_date`` writes it."""
    from babel import dates, numbers

    values: list[float | int] = [0, 1, -1, 7, 999, 1000, -1234, 1234567, 10**9, 0.5, 0.456, 2.675, -0.004, 12.3456]
    values += [1.0, 99.95, 100.0]  # equal to 1 and 100: formatted as what they are (typed cache)
    for v in values:
        for digits in (0, 1, 2):
            fmt = "#,##0" + ("." + "0" * digits if digits else "")
            want = numbers.format_decimal(v, format=fmt, locale=lang)
            assert i18n.format_number(v, lang, digits) == want, (v, digits)
            assert i18n.format_number(v, lang, digits) == want, (v, digits)
    for day in ("2026-03-05", "2026-12-31T23:59:00", date(2026, 1, 2)):
        parsed = date.fromisoformat(str(day)[:10])
        assert i18n.format_date(day, lang) == dates.format_date(parsed, format="medium", locale=lang)
        assert i18n.format_date(day, lang) == dates.format_date(parsed, format="medium", locale=lang)
