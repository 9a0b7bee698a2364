"""A number written without its code read in the country the stream's other sites write it with (session 39, issue
14): a woman's Danish SIM written "+45 38 78 80 86" on one site and "38788086" in a Norwegian ad on another
(``furniture.stream_countries``, used by ``judge_window``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, implied
from kartlegg.extract.furniture import judge_window


def stream(items: list[tuple[str, str]]) -> list[list[str]]:
    """The phones each (site, body) gives when they are one stream's window."""
    window = []
    for i, (site, body) in enumerate(items):
        url = f"https://{site}/ad/{1000 + i}"
        ex = extract_ad(body=body, site=site, url=url, judge_furniture=False, export_only=True)
        window.append((str(i), site, {"title": "", "body": body, "url": url}, ex))
    judge_window(window, {}, True, implied.MailBook())
    return [ex.values("phone") for _k, _s, _f, ex in window]


@pytest.mark.parametrize(
    ("written", "bare", "e164"),
    [
        ("Ring +45 38 78 80 86", "Nå i Tromsø! Ring meg: 38 78 80 86", "+4538788086"),  # no ad, Danish SIM
        ("Call +47 938 22 798", "Roskilde: ring til 93822798", "+4793822798"),  # da ad, Norwegian SIM
        ("SMS: 0045 93 76 52 29", "Södermalm, Stockholm. Nummer: 93 76 52 29", "+4593765229"),  # sv ad
        ("WhatsApp (+45) 71 40 21 15", "Now in Oslo, call me on 71 40 21 15", "+4571402115"),  # en ad
    ],
)
def test_the_code_another_site_writes_decides(written: str, bare: str, e164: str) -> None:
    got = stream([("a.example.dk", written), ("b.example.no", bare)])
    assert got[1] == [e164]


def test_sites_that_disagree_move_nothing() -> None:
    bare = "Nå i Tromsø! Ring meg: 38 78 80 86"
    alone = stream([("b.example.no", bare)])[0]
    got = stream(
        [("a.example.dk", "Ring +45 38 78 80 86"), ("c.example.se", "Ring +47 38 78 80 86"), ("b.example.no", bare)]
    )
    assert got[2] == alone


def test_a_number_nobody_writes_with_a_code_stays_as_read() -> None:
    bare = "Nå i Tromsø! Ring meg: 38 78 80 86"
    assert (
        stream([("a.example.dk", "Ring 45 93 76 52"), ("b.example.no", bare)])[1] == stream([("b.example.no", bare)])[0]
    )


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["40", "41", "42", "91", "92", "93"]), st.integers(min_value=123_456, max_value=987_654))
def test_a_written_danish_mobile_is_read_danish_in_a_norwegian_ad(head: str, tail: int) -> None:
    # a mobile in both Norway and Denmark (cc38's class left in session 38): only her written code tells
    digits = f"{head}{tail:06d}"
    spaced = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    got = stream([("a.example.dk", f"Ring +45 {spaced}"), ("b.example.no", f"Nå i Bergen! Ring meg: {spaced}")])
    assert got[0] == [f"+45{digits}"]
    assert got[1] in ([f"+45{digits}"], [])  # never the Norwegian reading once her code is written elsewhere
