"""``kartlegg extract`` reads an ad's fields with ``extract_fields``: for every decoded record it gives the very fields
``record_fields`` gives, or raises its very error (issue 14, session 26)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.collect.adfile import MAX_IMAGES, MAX_TEXT_CHARS, AdFormatError, extract_fields, record_fields

_LONG = "x" * MAX_TEXT_CHARS
_TEXTS = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "  Ab12 ", "nattguiden.to", "Oslo", _LONG, _LONG + "y", "Z"]),
    st.text(max_size=12),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=2),
)
_URLS = st.one_of(
    _TEXTS,
    st.sampled_from(["https://a.no/x", "HTTP://A.SE", "http://", "ftp://a.no", "https://" + _LONG, "https:/a"]),
)
_DATES = st.one_of(
    _TEXTS,
    st.sampled_from(
        [
            "2026-09-20T00:28:54+01:00",
            "2026-09-20T00:28:54Z",
            "2026-09-20",
            "2026-13-01",
            "20260920",
            "2026-09-20 25:00",
            "2026-09-20T00:28:54.123456Z",
            "2026-09-20TZ",
            "Z",
        ]
    ),
)
_IMAGE_VALUES: list[Any] = ["", "a.jpg b.jpg", '["a.jpg"]', "[bad", [], ["a.jpg"], [1], ["a"] * MAX_IMAGES]
_IMAGES = st.one_of(
    st.none(),
    st.sampled_from([*_IMAGE_VALUES, ["a"] * (MAX_IMAGES + 1)]),
    st.lists(st.one_of(st.text(max_size=3), st.integers()), max_size=3),
)
_FIELDS = {"id": _TEXTS, "site": _TEXTS, "url": _URLS, "posted_at": _DATES, "title": _TEXTS, "body": _TEXTS,
           "city": _TEXTS, "images": _IMAGES, "extra": _TEXTS}  # fmt: skip


_AD = {"id": " 17 ", "site": " Nattguiden.TO ", "url": "https://nattguiden.to/a/17",
       "posted_at": "2026-09-20T00:28:54Z", "title": "Ny i byen", "body": "Ring 912 34 567", "city": "Oslo",
       "images": ["a.jpg"]}  # fmt: skip


@st.composite
def _records(draw: st.DrawFn) -> Any:
    """Mostly a valid ad with a few of its fields dropped or replaced (so that one field decides), else any."""
    if draw(st.integers(0, 30)) == 0:
        return draw(st.one_of(st.none(), st.text(max_size=3), st.lists(st.integers(), max_size=2)))
    base = dict(_AD) if draw(st.booleans()) else {}
    for k in draw(st.lists(st.sampled_from(sorted(_FIELDS)), unique=True, max_size=3 if base else 9)):
        if base and draw(st.integers(0, 3)) == 0:
            base.pop(k, None)
        else:
            base[k] = draw(_FIELDS[k])
    return base


def _reference(obj: Any) -> tuple[Any, ...]:
    try:
        ad_key, site, url, posted_at, title, body, city, _images, _extra = record_fields(obj)
    except AdFormatError as exc:
        return ("error", str(exc))
    return (ad_key, site, url, title, body, city, posted_at[:10] if posted_at else None)


def _fast(obj: Any) -> tuple[Any, ...]:
    try:
        *fields, posted = extract_fields(obj)
        return (*fields, posted[:10] if posted else None)  # the day: as written or as ``record_fields`` writes it
    except AdFormatError as exc:
        return ("error", str(exc))


@settings(max_examples=1000, deadline=None)
@given(_records())
@example(_AD)
@example({**_AD, "url": ""})
@example({**_AD, "url": "ftp://a.no"})
@example({**_AD, "posted_at": "2026-13-01"})
@example({**_AD, "posted_at": ""})
@example({**_AD, "posted_at": "20260920T002854Z"})
@example({**_AD, "posted_at": "2026-W38-7"})
@example({**_AD, "title": "", "city": ""})
@example({**_AD, "body": _LONG + "y"})
@example({**_AD, "id": ""})
@example({**_AD, "images": "a.jpg"})
@example({**_AD, "images": ["a"] * (MAX_IMAGES + 1)})
@example({**_AD, "city": 7})
@example({**_AD, "images": [1]})
def test_the_streams_fields_are_the_validated_records(obj: Any) -> None:
    """The same (id, site, url, title, body, city, day posted), or the same error (mutants: the site not
    lower-cased, an empty title read as None, a date not checked, a text longer than ``MAX_TEXT_CHARS`` taken, an
    image that is no string taken, a URL that is not http(s) taken, a compact date's day not written out — each
    fails)."""
    assert _fast(obj) == _reference(obj)


def test_a_plain_record_is_read_without_the_full_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain ad (the stream's every ad) does not build the fields ``kartlegg extract`` drops (mutant: every record
    through ``record_fields`` — fails)."""
    from kartlegg.collect import adfile

    def refuse(_obj: Any) -> None:
        raise AssertionError("full validation")

    monkeypatch.setattr(adfile, "_fields", refuse)
    read = extract_fields(_AD)
    assert read == (
        "17",
        "nattguiden.to",
        "https://nattguiden.to/a/17",
        "Ny i byen",
        "Ring 912 34 567",
        "Oslo",
        "2026-09-20T00:28:54Z",
    )
