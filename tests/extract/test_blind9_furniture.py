"""What is not her contact (issue 14, session 31; the classes the ninth corpus, benchmarks/blind9, showed): counters
labelled by a symbol before the number and joined across a field separator, a channel staff's line on every post
(and a handle's digits glued to it), a scammer's number she warns against. Golden cases in the four languages and
properties: a disowned number is never a contact, whatever number and wording; a template's fields are never read
as one number. Synthetic text only: other sites, words, names and numbers than the corpus."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, judge_window
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def furniture(ex: Extraction) -> dict[str, str]:
    return {m.value: str(m.detail["reason"]) for m in ex.matches if m.kind == "furniture"}


def one(body: str, site: str = "katalogen", country: str = "NO") -> Extraction:
    return extract_ad(body=body, url=f"https://{site}.example/p/1", site=site, site_country=country)


# --- counters labelled by a symbol before the number, fields joined by " · " or " | " ---------------------------


@pytest.mark.parametrize(
    ("body", "own"),
    [
        ("Profilnr. 551203 · 👁 41870 · ♥ 352\nRing meg på 93 51 22 80", "+4793512280"),
        ("Annons 88120 · ★ 4821 · 💬 177\nSms: 073-512 28 04", "+46735122804"),
        ("Opslag 90311 | 👀 61093 | ❤ 514\nSkriv til mig: 42 18 90 33", "+4542189033"),
        ("Listing 55021 • 👁 70312 • 👍 268\nCall me +47 415 06 228", "+4741506228"),
    ],
)
def test_counters_labelled_by_a_symbol_are_never_one_number(body: str, own: str) -> None:
    ex = one(body)
    assert phones(ex) == [own]


def test_a_reference_glued_to_letters_and_a_counter_stay_apart() -> None:
    ex = one("ID 4410932 · Ref KX603271 · 👁 18852 · 02.03.2026\nKontakt: 98 77 12 03")
    assert phones(ex) == ["+4798771203"]


@pytest.mark.parametrize(
    "body",
    [
        "Ring 412 · 58 · 907",  # a plain separator style, no field label
        "Ring 412 | 58 | 907",
        "SMS 412-58-907",
    ],
)
def test_a_number_written_with_field_separators_is_still_read(body: str) -> None:
    assert phones(one(body)) == ["+4741258907"]


# --- a channel staff's line --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "staff"),
    [
        ("— Admin: @bergen_admin7 | +44 7700 912604", "+447700912604"),
        ("Moderator: @kanal_mod · +44 7700 912604", "+447700912604"),
        ("Kanaladmin @sthlm_kanal2 – +46 70 512 88 43", "+46705128843"),
        ("Annoncering: @dk_ads_3 | +45 71 20 44 18", "+4571204418"),
    ],
)
def test_a_staff_line_after_a_handle_is_the_sites(line: str, staff: str) -> None:
    ex = one(f"Ny i byen! Ring meg: 93 41 07 26\n{line}")
    assert phones(ex) == ["+4793410726"]
    assert furniture(ex).get(staff) == "site-line"


def test_a_handles_digits_are_not_glued_to_the_staff_number() -> None:
    ex = one("Sms meg 93 41 07 26\n— Admin: @oslo_admin63 | +44 7700 912604")
    assert phones(ex) == ["+4793410726"]
    assert "+4763447700" not in ex.values("furniture")


def _post(i: int, own: str, footer: str) -> tuple[str, str, dict[str, str], Extraction]:
    body = f"Ny jente i byen, ring {own}\n#escort{footer}"
    url = f"https://kanalene.example/c/{i % 7}/{1000 + i}"
    ex = extract_ad(body=body, url=url, site="kanalene", site_country="NO", export_only=True, judge_furniture=False)
    return (f"{i % 7}/{1000 + i}", "kanalene", {"title": "", "body": body, "url": url}, ex)


def test_a_line_in_one_template_slot_under_each_channels_handle_is_learned() -> None:
    """No staff word here ("Drift"), and the line on a fifth of the posts only (the channels that print it): it is the
    site's because it sits beside every advertiser's number in one slot of the template, whatever the channel's
    handle before it (each handle alone holds a third of its posts)."""
    channels = ["nord", "vest", "sor"]
    owns = [str(41000000 + 1237 * i) for i in range(150)]
    window = [
        _post(
            i,
            f"{n[:3]} {n[3:5]} {n[5:]}",
            f"\n— Drift: @{channels[(i // 5) % 3]}_drift | +44 7700 912604" * (i % 5 == 0),
        )
        for i, n in enumerate(owns)
    ]
    stats: dict[str, SiteStats] = {}
    judge_window(window, stats, True)
    assert "+447700912604" in stats["kanalene"].current_model().lines
    for n, (_key, _site, _fields, ex) in zip(owns, window, strict=True):
        assert ex.values("phone") == [f"+47{n}"]


# --- a scammer's number she warns against --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "scam", "own"),
    [
        (
            "Ring meg på 93 41 07 26. OBS! Falske profiler bruker bildene mine – 415 20 381 er IKKE meg!",
            "+4741520381",
            "+4793410726",
        ),
        (
            "Sms: 073-512 28 04\nVarning: fejkprofiler med mina bilder, 076-118 40 25 är INTE jag.",
            "+46761184025",
            "+46735122804",
        ),
        (
            "Skriv til mig på 42 18 90 33. Advarsel: 51 77 20 64 er ikke mig, send aldrig penge!",
            "+4551772064",
            "+4542189033",
        ),
        (
            "WhatsApp +44 7700 900123\nBeware: +44 7700 900987 is not me, never pay a deposit",
            "+447700900987",
            "+447700900123",
        ),
        ("Kontakt 93 41 07 26\nFake profiles use my photos: do not call 415 20 381", "+4741520381", "+4793410726"),
    ],
)
def test_a_number_she_disowns_is_furniture_kept_as_evidence(body: str, scam: str, own: str) -> None:
    ex = one(body)
    assert phones(ex) == [own]
    # kept as evidence (in whichever country the ad's hints read it)
    assert [r for v, r in furniture(ex).items() if v[-8:] == scam[-8:]] == ["disowned"]


@pytest.mark.parametrize(
    "body",
    [
        "Falske profiler finnes. Mitt eneste nummer: 93 41 07 26",
        "Fake profiles use my photos – my only number is 93 41 07 26",
        "Fejkprofiler finns, ring bara 93 41 07 26",
        "Ring meg 93 41 07 26, ikke etter kl 22",
        "93 41 07 26 – ikke skjult nummer",
    ],
)
def test_her_own_number_beside_a_warning_stays_hers(body: str) -> None:
    assert phones(one(body)) == ["+4793410726"]


_DISOWN = st.sampled_from(
    [
        "{n} er IKKE meg",
        "{n} er ikkje meg!",
        "{n} är INTE jag",
        "{n} är inte mitt nummer",
        "{n} er ikke mig",
        "{n} is NOT me",
        "{n} isn't mine, never pay",
        "Falske profiler: {n}",
        "fejkprofiler – {n}",
        "fake profiles, {n}",
    ]
)
_WRITTEN = st.sampled_from(["{a}{b}{c}", "{a} {b} {c}", "{a}-{b}-{c}", "+47 {a} {b} {c}", "{a}.{b}.{c}"])


@settings(max_examples=60, deadline=None)
@given(digits=st.from_regex(r"\A[49][0-9]{7}\Z"), clause=_DISOWN, written=_WRITTEN, lead=st.sampled_from(["", "OBS! "]))
def test_a_disowned_number_is_never_a_contact(digits: str, clause: str, written: str, lead: str) -> None:
    number = written.format(a=digits[:3], b=digits[3:5], c=digits[5:])
    ex = one(f"Hei, ny i Oslo.\n{lead}{clause.format(n=number)}")
    assert f"+47{digits}" not in ex.values("phone")


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(1000, 99999),
    second=st.integers(10, 9999),
    sep=st.sampled_from([" · ", " | ", " • "]),
    sign=st.sampled_from(["👁", "♥", "★", "💬", "❤️", "👍"]),
)
def test_two_labelled_fields_are_never_one_number(first: int, second: int, sep: str, sign: str) -> None:
    ex = one(f"Profil 77{first} · 👁 {first}{sep}{sign} {second}")
    assert ex.values("phone") == []


def test_the_window_keeps_a_disowned_number_out_of_every_ad() -> None:
    """A stream judges what its window learned: the scammer's number stays furniture in each ad that disowns it."""
    window: list[tuple[str, str, dict[str, str], Extraction]] = []
    for i in range(12):
        body = f"Ring meg {93410700 + i}\nOBS: 415 20 381 er IKKE meg"
        url = f"https://katalogen.example/p/{i}"
        ex = extract_ad(body=body, url=url, site="katalogen", site_country="NO", judge_furniture=False)
        window.append((str(i), "katalogen", {"title": "", "body": body, "url": url}, ex))
    judge_window(window, {}, True)
    got: Sequence[str] = [v for _k, _s, _f, ex in window for v in ex.values("phone")]
    assert "+4741520381" not in got
    assert len(got) == 12
