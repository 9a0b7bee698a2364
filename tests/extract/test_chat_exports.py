"""Group chat exports as ads (issue 14, session 33): only the post's own message(s) are the advertiser's. Members'
senders, join/add lines and id fields are never contacts; the poster's number as a sender label is; a number split
over two messages of one sender is read whole; a "+" after a timestamp's "]" or a group name's ":" opens a number.
WhatsApp iOS and Android text, Telegram's result.json (one object a line and pretty-printed), four languages.
Synthetic text and invented numbers only."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.chat import read_chat
from kartlegg.extract.text import FORMAT_CHARS

LRE, PDF, LRM = "\u202a", "\u202c", "\u200e"


def phones(body: str, site: str = "gruppearkiv.net") -> list[str]:
    return sorted(extract_ad(body=body, site=site).values("phone"))


def wrapped(number: str) -> str:
    """A sender label as WhatsApp iOS writes an unsaved number: in direction marks."""
    return f"{LRE}{number}{PDF}"


# --- WhatsApp iOS -------------------------------------------------------------------------------------------------

IOS = "\n".join(
    [
        "[03/04/2026, 19:02:11] Moderator: Regler: ingen lenker, ingen tall i bilder.",
        f"[03/04/2026, 19:40:27] Kveldsgruppa 3.1: {LRM}{wrapped('+47 48 21 67 30')} joined using the invite link",
        "[03/04/2026, 20:05:52] Mira: Hei! Mira her, 24 år, ny i Tromsø.",
        "Klassisk massasje, 1 time 2500 kr.",
        "Ring eller sms 413 27 986",
        f"[03/04/2026, 20:11:09] {wrapped('+47 92 64 18 05')}: hvor?",
        f"[03/04/2026, 20:17:43] {wrapped('+46 73 418 20 96')}: pris for en time?",
        "[03/04/2026, 20:21:30] Tore: 👍",
    ]
)


def test_whatsapp_ios_reads_the_post_and_never_a_member() -> None:
    assert phones(IOS, "kveldsgruppa.no") == ["+4741327986"]


def test_the_posters_number_as_a_direction_marked_sender_label_is_hers() -> None:
    body = "\n".join(
        [
            f"[11/06/2026, 22:40:03] {wrapped('+46 76 205 38 14')}: {LRM}<attached: 00000012-PHOTO.jpg>",
            f"[11/06/2026, 22:40:03] {wrapped('+46 76 205 38 14')}: Hej! Jag heter Nela, 23 år.",
            "Nu i Uppsala, incall. Snap: @nela_nu",
            f"[11/06/2026, 22:51:17] {wrapped('+45 61 73 20 48')}: ledig i aften?",
        ]
    )
    assert phones(body, "kvallsgruppen.se") == ["+46762053814"]


# --- WhatsApp Android and text exports ----------------------------------------------------------------------------


def test_whatsapp_android_lines() -> None:
    body = "\n".join(
        [
            "14/05/2026, 21:14 - +45 52 81 30 67 blev tilføjet",
            "14/05/2026, 21:20 - Lina: Hej søde, jeg er Lina, 26. Ny i Aarhus.",
            "Ring 71 48 26 93, kun sms om natten.",
            "14/05/2026, 21:26 - +45 40 19 72 58: pris?",
        ]
    )
    assert phones(body, "aftengruppe.dk") == ["+4571482693"]


# --- Telegram Desktop's result.json -------------------------------------------------------------------------------


def _tg(mid: int, sender: str, uid: str, text: object) -> dict[str, object]:
    return {
        "id": mid,
        "type": "message",
        "date": "2026-02-09T18:31:05",
        "date_unixtime": "1770661865",
        "from": sender,
        "from_id": uid,
        "text": text,
    }


TG = [
    _tg(5101, "Admin", "user7305518264", "Rules: no links, one ad per day."),
    _tg(
        5104,
        "Sofi",
        "user4587613920",
        ["Sofi here, 22, new in Bergen. Call ", {"type": "phone", "text": "+47 45 20 81 73"}, " anytime."],
    ),
    _tg(5106, "+47 93 05 62 18", "user4590271366", "pris?"),
    _tg(5107, "+45 31 86 40 27", "user2846600159", "where?"),
]


def test_telegram_one_object_a_line_reads_the_post_and_no_id() -> None:
    body = "\n".join(json.dumps(m, ensure_ascii=False) for m in TG)
    assert phones(body, "tgarkiv.net") == ["+4745208173"]


def test_telegram_pretty_printed_reads_the_post_and_no_id() -> None:
    body = json.dumps(TG, ensure_ascii=False, indent=2)[1:-1].strip()
    assert phones(body, "tgarkiv.net") == ["+4745208173"]


def test_telegram_sender_number_is_the_posters_when_she_posts() -> None:
    msgs = [
        _tg(77, "+47 46 81 29 05", "user5120439876", ["Ada, 25, Stavanger. Outcall only. ", "ada.vip (at) mail.com"]),
        _tg(79, "+46 70 861 24 53", "user5502218841", "hvor?"),
    ]
    assert phones("\n".join(json.dumps(m) for m in msgs), "tgarkiv.net") == ["+4746812905"]


# --- system lines in four languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"Gruppa: {LRM}{wrapped('+47 45 61 27 09')} ble med via invitasjonslenken",
        f"Gruppen: {LRM}{wrapped('+46 72 519 04 36')} gick med via gruppens inbjudningslänk",
        f"Gruppen: {LRM}Mads tilføjede {wrapped('+45 28 64 91 07')}",
        f"The Group: {LRM}{wrapped('+44 7700 900461')} was added",
        f"Gruppa: {LRM}{wrapped('+47 45 61 27 09')} forlot gruppen",
    ],
)
def test_a_join_add_or_leave_line_names_a_member(line: str) -> None:
    body = "\n".join(
        [
            f"[02/07/2026, 12:00:01] {line}",
            "[02/07/2026, 12:09:44] Vera: Vera, 27, i Oslo denne uken. Ring 415 20 738 for avtale.",
        ]
    )
    assert phones(body, "gruppearkiv.net") == ["+4741520738"]


# --- a number split over two messages of one sender ---------------------------------------------------------------


def test_a_number_split_over_two_messages_whatsapp() -> None:
    body = "\n".join(
        [
            "[21/09/2026, 21:00:58] Tindra: Hej, jag heter Tindra och är 25.",
            "Västerås, incall och outcall.",
            "076 418 ",
            "[21/09/2026, 21:04:12] Tindra: 29 53",
            "[21/09/2026, 21:09:40] anon: hvor?",
        ]
    )
    assert phones(body, "kvallsgruppen.se") == ["+46764182953"]


def test_a_number_split_over_two_messages_telegram() -> None:
    msgs = [
        _tg(901, "Dora", "user6051172284", ["Dora, 21, Malmö, incall. ", "+46 73 "]),
        _tg(902, "Dora", "user6051172285", "950 41 86"),
        _tg(904, "Ola", "user3318402275", "addr?"),
    ]
    assert phones("\n".join(json.dumps(m) for m in msgs), "tgarkiv.net") == ["+46739504186"]


def test_another_senders_digits_are_no_second_half() -> None:
    body = "\n".join(
        [
            "[21/09/2026, 21:00:58] Tindra: Hej, jag heter Tindra och är 25. Ring 076 418 ",
            "[21/09/2026, 21:04:12] Kalle: 29 53",
        ]
    )
    assert phones(body, "kvallsgruppen.se") == []


# --- the text rules outside an export -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted line: the seconds before "]" are no part of the number the "+" opens
        (f"Kopiert fra gruppa: [20/08/2026, 20:47:49] {wrapped('+47 41 62 08 35')}: ledig nå", ["+4741620835"]),
        # a group's version before ":" is no part either
        (f"Kveldsgruppa 2.0: {LRM}{wrapped('+47 97 13 52 08')} er admin", ["+4797135208"]),
        # a handle's digits end at the line's end
        ("Telegram: @lina.73\n94 61 20 85", ["+4794612085"]),
    ],
)
def test_a_plus_after_a_closed_field_opens_a_number(body: str, expected: list[str]) -> None:
    assert phones(body, "annonser.no") == expected


def test_a_forum_post_with_a_timestamp_line_is_no_export() -> None:
    assert read_chat("Turisten · Medlem #12\n2026-11-04 20:53\nTraff henne i Bergen.\n> Kontakt: 41234567") is None


# --- properties ---------------------------------------------------------------------------------------------------

_NO_FORMAT = st.text(
    alphabet=st.characters(blacklist_characters=FORMAT_CHARS, blacklist_categories=("Cs",)), max_size=120
)


@settings(max_examples=60, deadline=None)
@given(_NO_FORMAT)
def test_a_text_without_format_characters_reads_as_before_with_them_blanked(text: str) -> None:
    """Blanking the format characters (what the export reader does to a kept label) changes no text without them."""
    from kartlegg.extract.chat import _no_format

    assert _no_format(text) == text


_MEMBER = st.builds(
    lambda a, b: f"+47 9{a} {b:02d} {b % 89 + 10:02d} 1{a % 9}",
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=10, max_value=99),
)
_QUESTION = st.sampled_from(["pris?", "hvor?", "where?", "ledig?", "pm", "👍", "price for 1h?", "addr?"])


@settings(max_examples=40, deadline=None)
@given(_MEMBER, _QUESTION, st.booleans())
def test_a_members_line_never_becomes_a_contact(member: str, question: str, ios: bool) -> None:
    head = "[05/05/2026, 18:00:00] " if ios else "05/05/2026, 18:00 - "
    label = wrapped(member) if ios else member
    body = "\n".join(
        [
            f"{head}Siri: Siri, 29, i Bergen hele uka. Bare sms: 463 18 250",
            f"{head}{label}: {question}",
            f"{head.replace('18:00', '18:05')}{label} joined using this group's invite link",
        ]
    )
    assert phones(body, "kveldsgruppa.no") == ["+4746318250"]
