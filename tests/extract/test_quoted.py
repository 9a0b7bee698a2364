"""Quoted-printable decoded as a mail client decodes it, same length, every decoded character restored to where it is
written (issue 14, session 35): escapes in UTF-8 and Latin-1, a soft break anywhere (also between two bytes of one
character), hard line breaks kept at their place. Invented text only."""

from __future__ import annotations

import quopri

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract.quoted import decode
from kartlegg.extract.structured import raw_offset


def test_escapes_decode_in_utf8_and_the_line_keeps_its_length() -> None:
    raw = "S=C3=B8t og p=C3=A5 bes=C3=B8k =E2=80=93 ring\nnext"
    text, moves = decode(raw)
    assert len(text) == len(raw)
    assert text.startswith("Søt og på besøk – ring ")
    assert text.index("\n") == raw.index("\n")  # the hard line break stays where it is written
    assert text.endswith("\nnext")
    # the decoded "ø" points at its escape, the literal after it at itself
    assert raw_offset(tuple(moves), 1) == raw.index("=C3=B8")
    assert raw[raw_offset(tuple(moves), text.index("ring"))] == "r"


def test_a_soft_break_joins_the_line_and_latin1_escapes_decode() -> None:
    text, _ = decode("Ring 070-12=\n3 45 67, Malm=F6", "iso-8859-1")
    assert text.startswith("Ring 070-123 45 67, Malmö")
    text, _ = decode("bes=C3=\n=B8k", "utf-8")  # a soft break between the two bytes of "ø"
    assert text.startswith("besøk")


def test_an_unknown_charset_reads_as_latin1_and_a_lone_equals_sign_stays() -> None:
    text, _ = decode("pris =3D 1500 =E5 x=ZZ", "x-no-such-charset")
    assert text.startswith("pris = 1500 å x=ZZ")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcæøåÅé–·0123456789 .,@+-="), min_size=0, max_size=120))
def test_any_text_encoded_by_the_stdlib_decodes_back(plain: str) -> None:
    raw = quopri.encodestring(plain.encode("utf-8")).decode("ascii")
    text, moves = decode(raw)
    assert len(text) == len(raw)
    # the stdlib's soft breaks (lines of 76) are joined; the decoded text is the plain text, padded at the end
    assert text == plain + " " * (len(raw) - len(plain))
    sources = [s for s, _ in moves]
    raws = [r for _, r in moves]
    assert sources == sorted(sources) and raws == sorted(raws)
