"""What every evaluation corpus's test reads the same way: a number's national digits and the digits a text
shows, so that each corpus's own test holds only what its author's sites make particular."""

from __future__ import annotations

import unicodedata

import phonenumbers


def nsn(e164: str) -> str:
    """The national significant number of an E.164 number: the digits an ad writes after any trunk prefix."""
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def digits(text: str) -> str:
    """Every digit of a text in order, Unicode digits (full-width, superscript, circled, keycaps, Thai) as ASCII."""
    return "".join(str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None)
