"""A number one writer cut over two turns of a transcript reads whole (issue 14, session 42).

A chat assistant's or an SMS thread's transcript with a time-only header ("[18:46:26] Du: +46 739" ⏎ "[18:47:27]
Du: 926 950"), and JSON lines of messages (``{"role": "user", "content": …}``): a turn that holds only digit groups
continues the same writer's previous turn when together they make one valid number and neither alone is one. Two
numbers in two turns never glue, and another writer's turn between the halves cuts nothing. Four languages. Synthetic
text only; every number invented."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.turns import may_hold, turn_splits


def _phones(body: str, site: str = "annonshjalp.se") -> list[str]:
    return sorted(extract_ad(body=body, site=site).values("phone"))


def _text(turns: list[tuple[str, str]], head: str = "Samtal 7dca30a8 · 2026-10-18 18:42 · web") -> str:
    lines = [head]
    for k, (who, said) in enumerate(turns):
        lines.append(f"[18:{42 + k:02d}:{(7 * k) % 60:02d}] {who}: {said}")
    return "\n".join(lines)


def _jsonl(turns: list[tuple[str, str]]) -> str:
    return "\n".join(
        json.dumps({"role": who, "content": said, "ts": f"00:{57 + k % 3:02d}:{(11 * k) % 60:02d}"})
        for k, (who, said) in enumerate(turns)
    )


@pytest.mark.parametrize(
    ("turns", "site", "expected"),
    [
        (
            [("Bot", "Vilket nummer ska kunderna använda?"), ("Du", "+46 739"), ("Du", "926 950")],
            "annonshjalp.se",
            ["+46739926950"],
        ),
        (
            [("Bot", "Hvilket nummer skal kundene bruke?"), ("Du", "Ring meg 945 02"), ("Du", "426")],
            "annonsehjelp.no",
            ["+4794502426"],
        ),
        (
            [("Bot", "Hvilket nummer skal kunderne bruge?"), ("Dig", "+49 151"), ("Dig", "515 06137")],
            "annoncehjaelp.dk",
            ["+4915151506137"],
        ),
        (
            [("Bot", "Which number should clients use?"), ("You", "+55 219"), ("You", "851 36846")],
            "adhelp.com",
            ["+5521985136846"],
        ),
    ],
)
def test_a_number_cut_over_two_text_turns_reads_whole(
    turns: list[tuple[str, str]], site: str, expected: list[str]
) -> None:
    assert _phones(_text(turns), site) == expected


def test_a_transcript_that_opens_with_its_first_turn_reads_the_cut_number() -> None:
    body = _text([("Bot", "Hvilket nummer?"), ("Du", "Ring meg 945 02"), ("Du", "426")])
    assert _phones(body.split("\n", 1)[1], "annonsehjelp.no") == ["+4794502426"]


def test_a_number_cut_over_two_json_messages_reads_whole() -> None:
    body = _jsonl(
        [
            ("assistant", "Which number should clients use?"),
            ("user", "+46 7671"),
            ("user", "66208"),
            ("assistant", "Your ad is live \u00b7 499 kr / 7 days"),
        ]
    )
    assert _phones(body) == ["+46767166208"]


def test_two_whole_numbers_in_two_turns_stay_apart() -> None:
    body = _text([("Bot", "Vilket nummer?"), ("Du", "070 412 38 77"), ("Du", "072 555 12 34")])
    assert _phones(body) == ["+46704123877", "+46725551234"]


def test_another_writers_turn_between_the_halves_cuts_nothing() -> None:
    text = _text([("Du", "+46 739"), ("Bot", "Tack!"), ("Du", "926 950")])
    assert turn_splits(text) == ()


def test_prose_without_turns_is_not_asked() -> None:
    assert not may_hold("Ring meg på 412 34 567, hilsen Mia", False)
    assert not may_hold(json.dumps({"id": "1", "content": "Ring 412 34 567", "author": {"name": "mia"}}), True)
    assert may_hold("[18:46:26] Du: +46 739\n[18:47:27] Du: 926 950", False)


@settings(max_examples=40, deadline=None)
@given(
    a=st.from_regex(r"4[0-9]{7}", fullmatch=True),
    b=st.from_regex(r"9[0-9]{7}", fullmatch=True),
    json_lines=st.booleans(),
)
def test_two_distinct_numbers_in_two_messages_never_glue(a: str, b: str, json_lines: bool) -> None:
    """Two whole Norwegian mobiles sent one a message are read as two, never as one run of both."""
    turns = [("Bot", "Hvilket nummer?"), ("Du", f"{a[:3]} {a[3:5]} {a[5:]}"), ("Du", f"{b[:3]} {b[3:5]} {b[5:]}")]
    body = _jsonl([("user" if w == "Du" else "assistant", s) for w, s in turns]) if json_lines else _text(turns)
    both = a + b
    for p in _phones(body, "annonsehjelp.no"):
        at = both.find(p[3:])
        assert not (0 <= at < len(a) < at + len(p) - 3), (p, a, b)  # no reading runs from one into the other
