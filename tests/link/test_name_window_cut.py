"""A word the reading window cuts is no name (session 43).

The name cues read the first 500 characters of a body (and 200 of a title, 1,500 or 3,000 for some). A page
whose furniture crosses that mark ("… © 2016–2026 Nordic Companions" at character 500) left the first letters
of its last word at the window's end, and a cue that reads a name after a descriptor before a comma or a line's
end ("Søt rumensk Mia", "Sweet Latvian Mia") read "Co", "Com", "Comp" as her name, another on each ad as the
text before it moved the cut. Her line then showed names that were no one's, and those ads were kept apart as a
controller's line's (blind21: 32 / 24 ads of one site).

A page's title written as fields, her name, her city and the site's name ("Lucia | Aalborg | Nordic Companions",
"Olga | Oslo | Silver"), names her by its first field: read as one title, the site's two words made two possible
names and none was read (blind21: 261 / 258 ads; blind7 50).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.link.names import _head, find_name

_FOOT = "Report profile · ID NC-307628 · © 2016–2026 Nordic Companions"


def _padded(text: str, foot: str, cut: int) -> str:
    """``text``, then filler lines, then ``foot`` placed so that character 500 falls ``cut`` letters into its
    last word."""
    last = foot.rsplit(" ", 1)[0] + " "
    filler = 500 - cut - len(last) - len(text) - 1
    return text + "\n" + "x" * (filler - 1) + "\n" + foot


def test_a_word_cut_by_the_window_is_no_name() -> None:
    for cut in range(1, 10):
        body = _padded("Hey there, it is Lucia, smiling masseuse visiting Aalborg.", _FOOT, cut)
        assert body[500 - cut : 500] == "Companions"[:cut]
        assert find_name("Lucia | Aalborg | Nordic Companions", body) in (None, "Lucia")  # en
        # before the fix: "Co", "Com", ... "Companion"
    # a descriptor and a firm's name in the foot of a page in the other languages: no one
    for text, foot in (
        ("Välkommen till mig!", "Kundtjänst · Nordisk Kompaniet"),  # sv
        ("Velkommen til meg!", "Kundeservice · Skandinavisk Selskapet"),  # no
        ("Velkommen til mig!", "Kundeservice · Nordisk Selskabet"),  # da
    ):
        assert [find_name("Annonse", _padded(text, foot, cut)) for cut in (2, 3, 4)] == [None, None, None]


def test_her_name_at_the_windows_end_is_still_read_where_the_line_ends() -> None:
    # a window that ends at a line break ends a line: the cue reads as before
    body = "x" * 484 + "\nSøt rumensk Mia\nRing meg"
    assert body[500] == "\n"
    assert find_name("Annonse", body) == "Mia"  # no
    assert find_name("Annons", "Söt rumänsk Mia, 24 år\nRing mig") == "Mia"  # sv


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab c\n,", min_size=0, max_size=40), st.integers(min_value=1, max_value=30))
def test_the_window_never_ends_inside_a_word(text: str, n: int) -> None:
    head = _head(text, n)
    if len(text) <= n or text[n] in "\r\n":
        assert head == text[:n]
    else:
        kept = head.removesuffix("\u2026")
        assert head.endswith("\u2026") and text.startswith(kept) and len(kept) <= n
        assert not (kept and kept[-1].isalnum() and text[len(kept)].isalnum())


def test_a_titles_first_field_before_her_city_and_the_sites_name_is_hers() -> None:
    # a page's title as fields: her name, her city, the site's name or her level there
    assert find_name("Lucia | Aalborg | Nordic Companions", "Hey there, it is Lucia, smiling masseuse") == "Lucia"  # en
    assert find_name("Olga | Oslo | Silver", "Medlemsnr 543031 · Nivå: Silver") == "Olga"  # no
    assert find_name("Madalina | Vaxjo | Brons", "Annons-ID: 45488 · Nivå: Brons") == "Madalina"  # sv
    assert find_name("Mette | Kbh | Rødt Lys", "Profil 2231 · opdateret i går") == "Mette"  # da
    # a firm's noun, a place or a title of two fields names no one this way
    assert find_name("Escort | Oslo | rosaguiden.no", "Annonse 77121") is None
    assert find_name("Bergen | Oslo | rosaguiden.no", "Annonse 77121") is None
