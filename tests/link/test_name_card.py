"""A profile card's line of fields names her: "Ioana · 33 år · 161 cm · vietnamesisk" (session 45, issue 14).

A salon map or a directory prints each masseuse's card under the salon's title ("Sakura Massage Syd | Bergen |
Massagekartan"): her name alone as the line's first field, her age with its unit or label as the next. Unread, the
salon's line (a clinic's booking number) joined none of her ads. Every name and salon below is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.names import find_name, name_candidates

_TITLE = "Lotus Massage Centrum | {city} | Kartet"
_BODY = "Profil m55{n} · {city}\n★ 4.1 (31) · Öppet idag 10:00–22:00\n{card}\nOm salongen\n{text}\nBoka\n"


def _body(card: str, city: str = "Oslo", text: str = "Welcome to our quiet salon.") -> str:
    return _BODY.format(n=123, city=city, card=card, text=text)


def test_a_card_names_her_in_four_languages() -> None:
    sv = _body("Ioana · 33 år · 161 cm · vietnamesisk", "Bergen", "Hej på dig, här skriver en glad kvinna.")
    assert find_name(_TITLE.format(city="Bergen"), sv) == "Ioana"
    no = _body("Mia · Alder 24 · norsk", "Trondheim", "Hei, jeg er en koselig jente.")
    assert find_name(_TITLE.format(city="Trondheim"), no) == "Mia"
    da = _body("Selma • 36 år gammel • 168 cm", "Vejle", "Hej søde, her skriver en glad kvinde.")
    assert find_name(_TITLE.format(city="Vejle"), da) == "Selma"
    en = _body("Lucia | 29 years | 165 cm | Thai", "Malmö", "Hi, I am a happy girl who loves to laugh.")
    assert find_name(_TITLE.format(city="Malmö"), en) == "Lucia"
    assert find_name(_TITLE.format(city="Oslo"), _body("Zoe · Age: 23 · 170 cm")) == "Zoe"


def test_a_number_without_an_age_unit_or_a_counter_names_no_one() -> None:
    title = "Lotus Massage Centrum"
    assert "Visningar" not in name_candidates(title, _body("Visningar · 22 · Oslo"))
    assert "Nora" not in name_candidates(title, _body("Nora · 22 · Oslo"))  # no unit, no label: may be a count
    assert "Oslo" not in name_candidates(title, _body("Oslo · 33 år · 161 cm"))  # a place is no name
    assert "Nora" not in name_candidates(title, _body("Hej · Nora · 33 år"))  # her name must open the line


@given(
    st.sampled_from(["Ioana", "Lucia", "Mai", "Dao", "Thaís", "Austėja", "Ewa", "Kanya"]),
    st.integers(18, 60),
    st.sampled_from([" · ", " | ", " • ", " ▸ ", "·"]),
    st.sampled_from(["{a} år", "{a} years", "{a} yrs", "{a} y.o.", "Alder {a}", "Ålder: {a}", "Age {a}"]),
    st.sampled_from(["", " · 160 cm", " | thailändsk", " • 55 kg · dansk"]),
)
def test_any_card_of_her_name_and_age_names_her(name: str, age: int, sep: str, form: str, rest: str) -> None:
    card = f"{name}{sep}{form.format(a=age)}{rest}"
    assert find_name(_TITLE.format(city="Oslo"), _body(card)) == name
