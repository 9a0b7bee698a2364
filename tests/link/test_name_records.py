"""A spreadsheet's row, a record's name-and-age field and a listing's host label name her (session 39).

A volunteer's sheet flattened to text (a header row with a name column, cells joined by tabs or semicolons), a
moderation tool's case line ("Annonce 1102891 · Aarhus · Elin 18"), a digest's entry ("▸ Zoe, 21 — …") and a
short-let listing's "Host: Lina" print her name where no sentence does. Unread, every such ad on a controller's
shared line stayed alone (a line joins only ads of one name), which was most of blind17's split ads.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.names import find_name, heading_age, staff_name

_TSV = "[Ark1] rad 7\nA7\tB7\tC7\tD7\tE7\n{head}\n46023\t{city}\t{name}\t{age}\t{phone}\nSist endret av: vol5"


def test_a_sheet_row_pasted_as_text_names_her_and_states_her_age() -> None:
    no = _TSV.format(head="Dato\tBy\tNavn\tAlder\tTlf", city="Stavanger", name="Katja", age=31, phone="47 471 659")
    assert find_name("kartlegging.xlsx — Ark1 — rad 7", no) == "Katja"
    assert staff_name(no) == ("Katja", 31)
    sv = _TSV.format(head="Datum\tStad\tNamn\tÅlder\tTel", city="Malmö", name="Elin", age=28, phone="072 035 70 72")
    assert staff_name(sv) == ("Elin", 28)
    da = _TSV.format(head="Dato\tBy\tNavn\tAlder\tTlf", city="Vejle", name="Selma", age=36, phone="49 82 27 58")
    assert staff_name(da) == ("Selma", 36)
    en = "Date;City;Name;Age;Phone;Note\n2026-02-24;Bodø;Gaia;26;96503390;Meet me; soon\n# Last edited by Mette"
    assert find_name("Sheet1!A412:H412", en) == "Gaia"
    assert staff_name(en) == ("Gaia", 26)


def test_a_wrapped_cell_continues_the_row() -> None:
    body = 'Date\tCity\tName\tAge\tPhone\tEmail\tNote\n46023\tTrondheim\tIda\t22\t93 68\n64 80\t\t"Hello"\nEdited'
    assert staff_name(body) == ("Ida", 22)


def test_a_sheet_of_several_rows_or_a_firm_in_the_name_cell_names_no_one() -> None:
    rows = "Name;Age;Phone\nElin;28;0701234567\nTuva;30;0707654321\n"
    assert staff_name(rows) is None
    firm = "Navn\tAlder\tTlf\nNordlys Elite Scandinavia\t18+\t58721759\n"
    assert staff_name(firm) is None
    # a sentence with semicolons is no table
    assert staff_name("Name: none; age; phone; later\nhello") is None


def test_a_record_field_of_her_name_and_age_names_her() -> None:
    case = "Sag #31439 · Status: afventer\nAnnonce 1102891 · Aarhus · Elin 18\n--- Annoncetekst ---\nHej"  # da
    assert find_name("Sag #31439 · Annonce 1102891", case) == "Elin"
    assert heading_age(case) == 18
    sv = "Ärende #54201 · Status: väntar\nAnnons 1104064 · Stockholm · Lea 33\n--- Annonstext ---\nHej"
    assert find_name("Ärende #54201 · Annons 1104064", sv) == "Lea"
    digest = "Nyhetsbrev nr. 180\n▸ Tiana, 37 — Jeg er en blid jente! Kom og del en middag.\n  Ring 97 42 30 94"  # no
    # the digest's title word is the site's stock word (learned per site: ``stock_names``), so the entry names her
    stock = frozenset({"nyhetsbrev", "newsletter"})
    assert find_name("Nyhetsbrev nr. 180: Nye annonser i Oslo", digest, template=stock) == "Tiana"
    assert heading_age(digest) == 37
    en = "Newsletter no. 183\n▸ Zoe, 21 — Silk & Pearl Group · Spend a mellow evening!\n  Call +46709057678"
    assert find_name("Newsletter no. 183: New ads in Stockholm", en, template=stock) == "Zoe"


def test_a_counter_written_as_a_word_and_a_number_is_no_name() -> None:
    # without a comma the field is hers only on a line that says where she is
    assert heading_age("Posted 7 Nov 2026 16:57 CET · Views 22\nHello") is None
    assert find_name("x", "KONTAKTBLADET · Vecka 6 · 2026-02-02 · Sida 32\nhej") is None
    assert heading_age("Sett 15 145 ganger · Favoritt 67\nRapporter") is None
    assert heading_age("noraxo · Messages 62 · Reaction score 263") is None


def test_a_listing_host_label_names_her() -> None:
    assert find_name("Room · Aarhus · Lola", "Host: Lola · Member since 2024\nAbout:") == "Lola"  # en
    assert find_name("Rom · Oslo S · Ruby", "Vert: Ruby · Medlem siden 2024\nOm stedet:") == "Ruby"  # no
    assert find_name("Rum · Malmö", "Värd: Mira · Medlem sedan 2019\nOm boendet:") == "Mira"  # sv
    assert find_name("Værelse · Odense", "Vært: Nora · Medlem siden 2021\nOm stedet:") == "Nora"  # da


_NAMES = st.sampled_from(["Elin", "Tuva", "Maja", "Ewa", "Dana", "Lina", "Sara", "Nika", "Mai", "Ines"])
_CITIES = st.sampled_from(["Oslo", "Bergen", "Göteborg", "Malmö", "Aarhus", "Odense", "Ålesund"])


@given(
    name=_NAMES,
    age=st.integers(18, 60),
    city=_CITIES,
    mark=st.sampled_from(["\t", ";"]),
    label=st.sampled_from([("Navn", "Alder"), ("Namn", "Ålder"), ("Name", "Age")]),
    before=st.integers(0, 3),
)
def test_a_one_row_sheet_names_her_wherever_the_name_column_stands(
    name: str, age: int, city: str, mark: str, label: tuple[str, str], before: int
) -> None:
    head = mark.join([*(f"Col{k}" for k in range(before)), label[0], label[1], "Tel"])
    row = mark.join([*("x" for _ in range(before)), name, str(age), "0701234567"])
    assert staff_name(f"{head}\n{row}\nedited by vol1") == (name, age)


@given(name=_NAMES, age=st.integers(18, 60), city=_CITIES, sep=st.sampled_from([" · ", " | ", " • "]))
def test_a_record_field_names_her_wherever_her_city_stands(name: str, age: int, city: str, sep: str) -> None:
    assert find_name("moderation queue", f"Case #1\nAd 1100024{sep}{city}{sep}{name} {age}\n--- text ---") == name
    assert find_name("moderation queue", f"Case #1\n{name} {age}{sep}{city}\n--- text ---") == name
    assert heading_age(f"Ad 1100024{sep}{city}{sep}{name} {age}\n") == age
