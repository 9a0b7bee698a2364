"""``patterns.is_letter``, the one test of ``re``'s ``[^\\W\\d_]`` for one character that ``patterns``, ``order`` and
``phones`` ask (session 45: ``order`` and ``phones`` had copies of their own)."""

from __future__ import annotations

import re
import sys

from kartlegg.extract.patterns import is_letter

_LETTER = re.compile(r"[^\W\d_]")


def test_is_letter_is_the_regex_class_on_every_code_point() -> None:
    wrong = [c for c in map(chr, range(sys.maxunicode + 1)) if is_letter(c) != (_LETTER.fullmatch(c) is not None)]
    assert not wrong, [f"U+{ord(c):04X}" for c in wrong[:20]]


def test_golden() -> None:
    # letters of sv/no/da/en, and what is no letter: digits (ASCII and others), "_", marks of punctuation
    assert all(is_letter(c) for c in "aZåÄøÆéßıİ²ª")
    assert not any(is_letter(c) for c in "09٣_ -.,+@\u00a0\t")
