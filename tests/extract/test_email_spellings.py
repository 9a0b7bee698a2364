"""E-mail addresses spelled out in sv/no/da/en are found and normalised; prose around "at" gives none."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.contacts import find_emails
from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import letter_words, lower_same_length

LX = lexicon()
AT = sorted({w.strip() for w in LX.email_at_words})
DOT = sorted({w.strip() for w in LX.email_dot_words})
TLDS = sorted(set(LX.tlds))
#: words the extractor treats as prose after a bare "at"; an address made of them is not what this test is about
PROSE = {w.lower() for ws in LX.function_words.values() for w in ws} | {w.lower() for w in LX.handle_stopwords}
SPELLINGS = {w.lower() for w in AT + DOT} | {"snabel", "alfakrøll", "krøllalfa"}


def _found(text: str) -> list[str]:
    low = lower_same_length(text)
    return [h.value for h in find_emails(text, letter_words(low), low)]


def _spaced(word: str, blank: str) -> str:
    """A spelled-out word stands apart from its neighbours; a bracketed one may touch them."""
    return f" {word} " if word[0].isalnum() or word[-1].isalnum() else f"{blank}{word}{blank}"


WORD = st.from_regex(r"[a-z][a-z0-9]{1,9}", fullmatch=True).filter(lambda w: w not in PROSE and w not in SPELLINGS)
LOCAL = st.one_of(WORD, st.tuples(WORD, st.sampled_from("._"), WORD).map("".join))


@settings(max_examples=300, deadline=None)
@given(
    local=LOCAL,
    domain=WORD,
    tld=st.sampled_from(TLDS),
    at=st.sampled_from([*AT, "@"]),
    dot=st.sampled_from([*DOT, "."]),
    blank=st.sampled_from(["", " "]),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    prefix=st.sampled_from(["", "Mail: ", "skriv til ", "send en e-post til ", "Kontakt meg på ", "email me - "]),
)
def test_a_spelled_out_address_is_found_as_the_plain_address(
    local: str, domain: str, tld: str, at: str, dot: str, blank: str, case: object, prefix: str
) -> None:
    assume(not (at == "at" and dot == "."))  # a bare "at" needs a spelled-out dot (or a mail provider)
    assume(local.split(".")[-1] not in SPELLINGS)
    at_part = " @ " if at == "@" and blank else _spaced(at, blank)
    dot_part = "." if dot == "." else _spaced(dot, blank)
    address = f"{local}{at_part}{domain}{dot_part}{tld}"
    assert callable(case)
    text = f"{prefix}{case(address)}. Tack!"
    assert _found(text) == [f"{local}@{domain}.{tld}"], text


PROSE_WORDS = st.sampled_from(
    [
        "jag", "meg", "pige", "you", "the", "hotel", "hotellet", "gmail", "hotmail", "com", "se", "no", "dk", "dot",
        "punkt", "punktum", "prik", "prikk", "anna", "lisa", "kari", "träffas", "ses", "vi", "meet", "me", "i",
        "Oslo", "Malmö", "mail", "navn", "domene", "x", "y", ".", ",", "-", "!", "22", "kl", "18.00", "e-post",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PROSE_WORDS, max_size=30).map(" ".join))
def test_prose_without_an_at_word_has_no_address(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "vi ses at the hotel dot com",
        "Meet me at the hotel at eight. Look at me",
        "meet me at hotel dot com",
        "see you at gmail dot com",  # "you" is no local part
        "Mr.Smith at home.dk",
        "I stay at bookme.com apartments",
        "Incall @ Oslo. No sms",
        "meet me @ hotel.com",
        "Snap @lisa dot com",  # an "@" that opens a handle
        "Jeg elsker at danse. Punktum.",
        "jeg glæder mig til at se dig punkt",
        "anna_cat gmail dot com",  # "at" inside a word
        "write to anna at gmail dotcom",  # "dot" inside a word
    ],
)
def test_prose_around_at_is_no_address(text: str) -> None:
    assert _found(text) == []
    assert extract_ad(body=text).values("email") == []


@pytest.mark.parametrize(
    ("text", "email", "raw"),
    [
        ("navn alfakrøll domene punktum no", "navn@domene.no", "navn alfakrøll domene punktum no"),
        ("Skriv til navn @ domene.no idag", "navn@domene.no", "navn @ domene.no"),
        ("x snabel-a y punkt se", "x@y.se", "x snabel-a y punkt se"),
        ("mejla lisa.s snabel a hotmail punkt se", "lisa.s@hotmail.se", "lisa.s snabel a hotmail punkt se"),
        ("KARI KRØLLALFA ONLINE PUNKTUM NO", "kari@online.no", "KARI KRØLLALFA ONLINE PUNKTUM NO"),
        ("kari prikk nordmann alfakrøll gmail prikk com", "kari.nordmann@gmail.com", None),
        ("mette [at] mail [prik] dk", "mette@mail.dk", None),
        ("anna (snabel-a) gmail .com", "anna@gmail.com", None),
        ("nina (@) yahoo (dot) co (dot) uk", "nina@yahoo.co.uk", None),
    ],
)
def test_spelled_addresses_keep_their_evidence_span(text: str, email: str, raw: str | None) -> None:
    ex = extract_ad(body=text)
    [m] = [m for m in ex.matches if m.kind == "email"]
    assert (m.value, m.detail) == (email, {"obfuscated": True})
    assert text[m.start : m.end] == m.raw == (raw or text)
