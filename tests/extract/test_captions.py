"""A video's captions as an ad (issue 14, session 34): a WebVTT or SRT file is read by its cue text only (cue numbers,
times and settings never make a number), a number said aloud as a speech recogniser writes it (digit words with
homophones, "double"/"dubbel"/"dobbelt", "plus") is read inside a transcript in en/sv/no/da, also when it is said over
two cues, and never from ordinary prose outside one. Synthetic text and invented numbers only."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.captions import read_captions


def phones(body: str, city: str | None = None) -> list[str]:
    return sorted(extract_ad(body=body, city=city, site="filmkanalen.example").values("phone"))


def vtt(*cues: str, header: str = "") -> str:
    """A page with a WebVTT file of ``cues`` (one cue each, 2.5 s apart)."""
    parts = [header, "WEBVTT", ""] if header else ["WEBVTT", ""]
    times = [f"00:00:{5 * k // 2:02d}.{500 * (k % 2):03d}" for k in range(len(cues) + 1)]
    for k, cue in enumerate(cues):
        parts += [f"{times[k]} --> {times[k + 1]}", cue, ""]
    return "\n".join(parts) + "\nReport this video"


def srt(*cues: str) -> str:
    parts: list[str] = []
    for k, cue in enumerate(cues):
        parts += [str(k + 1), f"00:00:{3 * k:02d},250 --> 00:00:{3 * k + 3:02d},100", cue, ""]
    return "\n".join(parts)


# --- golden cases per language ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "city", "number"),
    [
        # en: "won" 1, "ate" 8, "too" 2, "fore" 4, "oh" 0, "tree" 3, "double"
        ("call me on oh seven too, won ate fore, tree double six, five", "Stockholm", "+46721843665"),
        ("my number is plus four six, seven o too, fore five won, ate eight seven", None, "+46702451887"),
        # sv: "nie" 9, "sjo" 7, "dubbel"
        ("ring mig på noll sjo tre, fyra nie två, dubbel fem ett noll", "Göteborg", "+46734925510"),
        # no: "tå" 2, "dobbel", "pluss"
        ("send sms til pluss fire sju, ni tå tre, dobbel fire åtte en null", "Bergen", "+4792344810"),
        # da: "otter" 8, "dobbelt", "syvv" (a doubled last letter)
        ("ring til mig på fem tre, syvv otter, dobbelt ni en en", "Aarhus", "+4553789911"),
    ],
)
def test_spoken_number_in_a_caption_file(said: str, city: str | None, number: str) -> None:
    assert phones(vtt("hi it's nova", said, "see you soon"), city) == [number]


def test_srt_file_with_a_spoken_number() -> None:
    said = "mitt nummer är noll sju sex, nie ett två, tre fyra fem sex"
    assert phones(srt("hej det är vera", said, "puss"), "Malmö") == ["+46769123456"]


def test_cue_numbers_and_times_are_never_a_number() -> None:
    # cue times glued in order read "00 00 12 400 00 00 15 000 ..."; an SRT cue number before a time line too
    assert phones(vtt("hi", "lovely evening", "bye", header="lina · 12 345 views · 2026-08-01")) == []
    assert phones(srt("hej", "vi ses", "hej då")) == []


def test_digits_said_as_digits_over_two_cues() -> None:
    assert phones(vtt("text me on 073 412", "55 98 kisses"), "Stockholm") == ["+46734125598"]


def test_header_number_outside_the_file_is_still_read() -> None:
    body = vtt("hi it's ada", "see you", header="Ada · 0734 22 61 90")
    assert phones(body, "Stockholm") == ["+46734226190"]


def test_an_ordinary_word_at_the_edge_is_left_out() -> None:
    # "to" before the run (2) would make 11 digits: the run without it is the number
    assert phones(vtt("send a text to oh seven too won, ate ate fore, five five six"), "Stockholm") == ["+46721884556"]


def test_the_whole_run_must_be_a_number() -> None:
    # seven spoken digits are no number of the ad's countries: nothing is read, not a part
    assert phones(vtt("call me on seven too won ate fore five six"), "Stockholm") == []


# --- one number said over two cues, cut at every place --------------------------------------------------------------

SPOKEN = "oh seven six, won tree ate, fore five, six six".split(" ")


@pytest.mark.parametrize("cut", range(1, len(SPOKEN)))
def test_a_number_split_over_two_cues_is_read_once_at_every_cut(cut: int) -> None:
    body = vtt("hey there mira here", "call me on " + " ".join(SPOKEN[:cut]), " ".join(SPOKEN[cut:]), "talk soon")
    assert phones(body, "Stockholm") == ["+46761384566"]


@pytest.mark.parametrize("cut", range(1, 10))
def test_a_swedish_number_split_over_srt_cues_at_every_cut(cut: int) -> None:
    words = "noll sju nio fyra sex två fem åtta sju ett".split()
    body = srt("hej", "ring mig på " + " ".join(words[:cut]), " ".join(words[cut:]), "puss")
    assert phones(body, "Uppsala") == ["+46794625871"]


# --- never from ordinary prose ------------------------------------------------------------------------------------

#: Homophones a recogniser writes for digits that are no digit words of the lexicon, and ordinary words between them.
HOMOPHONES = ["won", "ate", "too", "tree", "fore", "nie", "sjo", "otter", "tå"]
ORDINARY = ["I", "at", "the", "game", "we", "lunch", "and", "then", "a", "in", "went", "home", "me", "you", "it"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(HOMOPHONES + ORDINARY), min_size=1, max_size=40))
def test_homophones_outside_a_transcript_are_never_a_number(words: list[str]) -> None:
    assert phones(" ".join(words), "Stockholm") == []


def test_the_same_words_in_a_transcript_are_a_number() -> None:
    said = "oh seven too won ate fore tree nie sjo otter"
    assert phones(said, "Stockholm") == []
    assert phones(vtt(said), "Stockholm") == ["+46721843978"]


def test_a_plain_transcript_says_so_by_a_cue_word() -> None:
    body = "Voicemail transcript: hi it's tess, call me back on oh seven too, won ate fore, tree double six, five."
    assert phones(body, "Stockholm") == ["+46721843665"]


# --- the caption file's shape ---------------------------------------------------------------------------------------


def test_read_captions_blanks_all_but_cue_text_and_keeps_offsets() -> None:
    body = vtt("hello <00:00:01.200><c>there</c>", "call me", header="page head 2026")
    post = read_captions(body)
    assert post is not None
    assert len(post.text) == len(body)
    assert "-->" not in post.text and "WEBVTT" not in post.text and "<c>" not in post.text
    for kept in ("page head 2026", "hello", "there", "call me", "Report this video"):
        assert post.text.index(kept) == body.index(kept)
    assert post.text.count("\n") == body.count("\n")


def test_an_arrow_in_prose_is_no_caption_file() -> None:
    assert read_captions("Oslo --> Bergen on Friday, 12:30 --> 14:00") is None
    assert read_captions("1 nice evening\n00:01:02.000 --> 00:01:04.000\nhello") is None


# --- two numbers in a row, the second cut between cues (session 40) -----------------------------------------------


@pytest.mark.parametrize(
    ("cues", "city", "want"),
    [
        # no: a whole number, then one cut over two cues
        (("Booking 9 3 5 9 6 2 5 9", "46 74 96", "98", "Venter på deg"), "Drammen", ["+4746749698", "+4793596259"]),
        # sv: a number with its code, then one cut over two cues
        (("Ring eller sms +46 72 448 75 17", "070 945 62", "91", "Puss"), "Umeå", ["+46709456291", "+46724487517"]),
        # da: a number cut after its code's group, then a whole one
        (("Booking +45 71 53 50", "24", "97 62 98 33", "Knus fra Uma"), "Oslo", ["+4571535024", "+4797629833"]),
        # en: one number cut over three cues
        (("Call me on 073", "412 55", "98 kisses"), "Stockholm", ["+46734125598"]),
    ],
)
def test_a_number_cut_between_cues_after_another_number(cues: tuple[str, ...], city: str, want: list[str]) -> None:
    assert phones(srt("hej", *cues), city) == want
    assert phones(vtt("hi", *cues), city) == want


#: Norwegian mobiles (4x/9x, 8 digits).
NO_MOBILE = (
    st.tuples(
        st.sampled_from(["40", "41", "45", "46", "47", "48", "90", "92", "95", "98"]),
        st.text("0123456789", min_size=6, max_size=6),
    )
    .map("".join)
    .filter(lambda n: phonenumbers.is_valid_number(phonenumbers.parse("+47" + n)))
)


@settings(max_examples=60, deadline=None)
@given(NO_MOBILE, NO_MOBILE, st.integers(1, 7), st.booleans(), st.booleans())
def test_a_phone_cut_at_any_place_between_two_cues_reads_whole(
    first: str, number: str, cut: int, as_vtt: bool, spaced: bool
) -> None:
    # another number before it on the cue above, then the number cut at ``cut`` over two cues
    head, tail = number[:cut], number[cut:]
    if spaced:
        head, tail = " ".join(head), " ".join(tail)
    cues = ("Hei, jeg er Mia", f"Booking {first}", f"Ring {head}", tail, "Klem fra Mia")
    body = vtt(*cues) if as_vtt else srt(*cues)
    assert phones(body, "Bergen") == sorted({f"+47{first}", f"+47{number}"})
