"""A line's own marker is no sign of a number (issue 14, session 40): an edit history's "- " old line above its "+ "
new line, and a unified diff's hunk (``@@ -1,7 +1,7 @@``, lines glued to "-" and "+"), give both numbers, never the
"+" as an international plus, never the old line's digits joined to the new one's or the hunk header's digits to a
number; a plus written with blanks ("+ 4 6 …"), a number cut at a line and continued with "- ", and a quoted reply's
">" lines are left as they were read. Synthetic text and invented numbers only."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.linemarks import STOP, may_hold, read_marks


def phones(body: str, city: str | None = None) -> list[str]:
    return sorted(extract_ad(body=body, city=city, site="endringslogg.example").values("phone"))


def history(old: str, new: str, lines: tuple[str, ...] = ("Hei, jeg er Mia.",), indent: str = "  ") -> str:
    """An edit history's version: the text indented, the old line struck with "- " above the new one with "+ "."""
    body = [f"{indent}{line}" for line in lines]
    return "\n".join(["Versjon 4 · endret 05.02.2026 08:24", "Tekst:", *body, f"- {old}", f"+ {new}", "  Klem"])


def unified(old: str, new: str, context: tuple[str, ...] = ("Hi, I'm Mia.",)) -> str:
    """A unified diff of one hunk: the old line with "-", the new one with "+", context lines with " "."""
    rest = [f" {line}" for line in context]
    head = ["--- a/8812/v4\t2026-05-16 10:28:53", "+++ b/8812/v5\t2026-05-26 12:00:53", "@@ -1,7 +1,7 @@"]
    return "\n".join([*head, "-Pris: 800", "+Pris: 1000", *rest, f"-{old}", f"+{new}", " Kisses"])


# --- golden cases per language ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "city", "want"),
    [
        # no: the old number with its code, the new one national
        ("Ring: +359 43 941 542", "Ring: 48 25 38 25", "Trondheim", ["+35943941542", "+4748253825"]),
        # sv: "+ 0046 …": the marker's "+" is no plus before "00"
        ("Ring: 073-308 77 96", "Ring: 0046 720397484", "Stockholm", ["+46720397484", "+46733087796"]),
        # da: the new line's national number after the marker
        ("Ring eller sms: 20 26 11 97", "Ring eller sms: 52 10 65 43", "Aarhus", ["+4520261197", "+4552106543"]),
        # en: a spaced number on the new line
        ("Call: 0 7 3 4 7 0 7 4 4 8", "Call: 0 7 2 7 1 3 2 0 1 4", "Umeå", ["+46727132014", "+46734707448"]),
    ],
)
def test_an_edit_historys_old_and_new_lines_give_both_numbers(old: str, new: str, city: str, want: list[str]) -> None:
    assert phones(history(old, new), city) == want


@pytest.mark.parametrize(
    ("old", "new", "city", "want"),
    [
        ("+47 48 75 75 80", "48.25.38.25", "Trondheim", ["+4748253825", "+4748757580"]),  # no
        ("0046 728687349", "0761724989", "Uppsala", ["+46728687349", "+46761724989"]),  # sv
        ("Ring: 20 26 11 97", "Ring: +45 52 10 65 43", "Odense", ["+4520261197", "+4552106543"]),  # da
        ("(072) 848 87 62", "079-824 42 48", "Stockholm", ["+46728488762", "+46798244248"]),  # en/sv
    ],
)
def test_a_unified_diffs_lines_give_both_numbers(old: str, new: str, city: str, want: list[str]) -> None:
    assert phones(unified(old, new), city) == want


def test_a_hunk_header_is_no_part_of_the_number_above_it() -> None:
    # a second hunk's header right after a number line: "… 47⏎@@ -1,10 +1,10 @@" is no "4710110"
    body = unified("Call: 40 70 96 47", "Call: 40 70 96 47") + "\n@@ -12,10 +12,10 @@\n-City: CPH\n+City: Aarhus"
    assert phones(body, "Aarhus") == ["+4540709647"]


# --- what is left alone -------------------------------------------------------------------------------------------


def test_a_plus_written_with_blanks_is_still_a_plus() -> None:
    assert read_marks("Text me on\n+ 4 6 . 7 0 . 8 2 6 . 8 1 2 2") is None
    assert phones("Text me on\n+ 4 6 7 0 8 2 6 8 1 2 2", "Oslo") == ["+46708268122"]


def test_a_dash_that_continues_a_number_is_left_alone() -> None:
    assert read_marks("Ring mig: 0040 7\n- 73958148\nRosa") is None
    assert read_marks("Kontakt meg på 95597\n- 232\nTelegram") is None


def test_a_list_of_dashes_alone_is_no_change_block() -> None:
    assert read_marks("Tjenester:\n- massasje\n- middag\n- 40 70 96 49") is None


def test_markers_become_stops_and_offsets_are_kept() -> None:
    body = unified("+47 48 75 75 80", "48.25.38.25")
    marked = read_marks(body)
    assert marked is not None and len(marked) == len(body)
    assert "@@" not in marked and marked.count("\n") == body.count("\n")
    assert f"\n{STOP}+47 48 75 75 80\n{STOP}48.25.38.25\n" in marked
    assert marked.startswith("--- a/8812")  # the file lines are the diff's furniture, read as before


def test_the_gate_is_cheap_and_plain_prose_is_never_read() -> None:
    assert not may_hold("Hei, jeg er Mia - ring 48 25 38 25 + sms")
    assert read_marks("Pris: 1300 → 1500 kr\nBy: Bergen → Oslo") is None


# --- properties -----------------------------------------------------------------------------------------------------

#: Norwegian mobiles (4x/9x, 8 digits) and the ways a line may write one.
NO_MOBILE = (
    st.tuples(
        st.sampled_from(["40", "41", "45", "46", "47", "48", "90", "92", "95", "98"]),
        st.text("0123456789", min_size=6, max_size=6),
    )
    .map("".join)
    .filter(lambda n: phonenumbers.is_valid_number(phonenumbers.parse("+47" + n)))
)
WRITE = st.sampled_from(["{a} {b} {c} {d}", "{a}.{b}.{c}.{d}", "+47 {a} {b} {c} {d}", "{a}{b}{c}{d}", "{a}{b} {c}{d}"])


def written(number: str, form: str) -> str:
    return form.format(a=number[:2], b=number[2:4], c=number[4:6], d=number[6:])


@settings(max_examples=60, deadline=None)
@given(NO_MOBILE, NO_MOBILE, WRITE, WRITE, st.booleans(), st.sampled_from(["Ring: ", "Ring eller sms: ", ""]))
def test_a_phone_pair_written_as_old_and_new_lines_gives_both_and_no_joined_one(
    old: str, new: str, old_form: str, new_form: str, as_diff: bool, label: str
) -> None:
    a, b = label + written(old, old_form), label + written(new, new_form)
    body = unified(a, b) if as_diff else history(a, b)
    assert phones(body, "Bergen") == sorted({f"+47{old}", f"+47{new}"})
