"""City and e-mail classes the fifteenth corpus (benchmarks/blind15, issue 14, session 37) showed, as golden cases in
sv/no/da/en: a tour list whose current stop is marked after it ("Trondheim, 3–6 Mar, now") wherever it stands in the
list, Copenhagen's districts, and a single-domain provider's short name after the local part ("anna_22 på proton",
"nomi03 på abv"). Synthetic text: other wordings, names, towns and addresses than the corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.contacts import find_emails
from kartlegg.extract.places import canonical_city, now_after


def cities(body: str, city: str | None = None, title: str = "") -> list[str]:
    ex = extract_ad(title=title, body=body, city=city, export_only=True)
    return list(export_fields(ex, city)["cities"])


# --- a tour list's stop marked as the current one, wherever it stands -------------------------------------------


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # en: a screen reader's list, the current stop second of three
        (
            "Tour dates\nlist with 3 items\nBergen, 2–5 Apr\nDrammen, 6–9 Apr, now\nTromsø, 11–13 Apr\nout of list",
            "Drammen",
        ),
        # en: one line, the last stop marked, a postal district's letter after the town
        ("Tour: Stavanger 8–10 Mar / Esbjerg 12–15 Mar / Aarhus C 16–19 Mar (now)", "Aarhus"),
        # no: "akkurat nå" after a dash
        ("Turné\nKristiansand 1.–4. mai\nHamar 5.–8. mai – akkurat nå\nBodø 10.–12. mai", "Hamar"),
        # sv: "just nu" in brackets, dates with a slash
        ("Turné:\nGöteborg 3/6–6/6\nLinköping 7/6–9/6 (just nu)\nGävle 11/6–14/6", "Linköping"),
        # da: "lige nu", a date range with "til"
        ("Turné\nHorsens 2. til 4. juni\nKolding 5. til 8. juni, lige nu\nRanders 9. til 11. juni", "Kolding"),
        # en: a VoiceOver-style role after the mark ("now, list item")
        ("Tour dates, heading level 2\nUppsala, 1–3 Feb, list item\nVästerås, 4–6 Feb, now, list item", "Västerås"),
    ],
)
def test_the_marked_stop_of_a_tour_list_is_the_city(body: str, city: str) -> None:
    assert cities(body)[:1] == [city]


def test_a_marked_stop_outranks_a_field_keeping_her_home_town() -> None:
    assert cities("Turné\nOdense 1.–3. mar\nVejle 4.–6. mar, nu", "Odense")[:2] == ["Vejle", "Odense"]


@pytest.mark.parametrize(
    "body",
    [
        "Bergen now open for bookings, Oslo 3-5 Mar",  # a word after the mark: a sentence, not a list's mark
        "Oslo 1-3 Mar, now Bergen",  # the mark opens the next stop's words
        "Malmö 2/3, nu även Lund",  # sv: "now also Lund"
    ],
)
def test_a_mark_followed_by_words_marks_no_stop(body: str) -> None:
    ex = extract_ad(body=body, export_only=True)
    first = next(m for m in ex.matches if m.kind == "city")
    assert not now_after(body, first.end)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Bergen", "Trondheim", "Malmö", "Uppsala", "Aalborg", "Odense"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    st.data(),
    st.sampled_from(["now", "nå", "nu", "just nu", "lige nu", "(now)"]),
)
def test_property_the_marked_stop_leads_wherever_it_stands(towns: list[str], data: st.DataObject, mark: str) -> None:
    at = data.draw(st.integers(0, len(towns) - 1))
    lines = [f"{t}, {3 * i + 1}–{3 * i + 3} Mar" + (f", {mark}" if i == at else "") for i, t in enumerate(towns)]
    assert cities("Tour dates\n" + "\n".join(lines))[:1] == [towns[at]]


# --- Copenhagen's districts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Sluseholmen",
        "Teglholmen",
        "Kongens Enghave",
        "Amager Øst",
        "Amager Vest",
        "Brønshøj-Husum",
        "Sundbyøster",
        "Refshaleøen",
        "Nyboder",
    ],
)
def test_copenhagen_districts_name_the_city(name: str) -> None:
    assert canonical_city(name) == "København"
    assert cities(f"Ring fra {name}, Ploy") == ["København"]


# --- a single-domain provider's short name after the local part ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("E-post: maja_88 på proton", "maja_88@proton.me"),
        ("✉ dana.k på wp", "dana.k@wp.pl"),
        ("Email: nina92 on abv", "nina92@abv.bg"),
        ("Mejl: sofi.x hos protonmail", "sofi.x@protonmail.com"),
    ],
)
def test_a_single_domain_providers_name_completes_the_address(text: str, address: str) -> None:
    hits = find_emails(text)
    assert [h.value for h in hits] == [address]
    assert hits[0].detail.get("inferred") and not hits[0].detail.get("guessed")


@pytest.mark.parametrize(
    "text", ["Skriv til meg på mail", "anna_22 på live", "lina.k på gmx", "Kontakt meg på wp-siden"]
)
def test_no_address_from_a_word_or_a_provider_of_several_domains(text: str) -> None:
    # an ``email_implied`` candidate ("lina.k@gmx") is no address: only a stream's evidence completes it (session 39)
    assert [h for h in find_emails(text) if h.kind == "email"] == []
