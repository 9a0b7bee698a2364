"""What erasure searches archived pages for: an erased ad's title and selectors as whole words, the start
of its text, whatever the page's case, spacing or HTML entities; never a longer, different title."""

from __future__ import annotations

from kartlegg.lifecycle.warcerase import Needles


def test_needles_match_whole_words_and_text_starts() -> None:
    n = Needles()
    n.add(["Ny i byen – annonse 5", None, "Anna", "070-111 22 33"])
    n.add(["Quorvanth massage i Malmö, ring 070-111 22 33 eller skriv"], prefix=32)
    assert n.found_in("<li><a>Ny i byen &ndash; annonse 5</a></li>")
    assert n.found_in("<p>Zelmirqa: ring 070-111 22 33</p>")
    assert n.found_in("<p>QUORVANTH   massage i Malm&ouml;, ring 070 ...</p>")
    assert not n.found_in("<li>Ny i byen – annonse 51</li>")  # another ad's title
    assert not n.found_in("<p>4070-111 22 339</p>")
    assert not n.found_in("Anna i Lund")  # too short to search for: it would match other people's pages
    assert not Needles()


def test_needles_that_kept_ads_also_show_are_forgotten() -> None:
    n = Needles()
    n.add(["Ny i stan", "Zelmirqa tillbaka", "+46701112233"])
    n.add(["Hej, jag är ny i stan och tar emot trevliga herrar"], prefix=32)
    # a kept ad with the same title and the same template opening
    n.prune(["NY I STAN", "Hej,  jag är ny i stan och tar emot trevliga herrar diskret", None])
    assert n.values == {"zelmirqa tillbaka", "+46701112233"} and not n.prefixes
    assert not n.found_in("<li>Ny i stan</li><p>Hej, jag är ny i stan och tar emot trevliga herrar</p>")
    assert n.found_in("<li>Zelmirqa tillbaka</li>")
