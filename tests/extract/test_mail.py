"""A mail as an ad, read as a mail client reads it (issue 14, session 35): a raw MIME message's headers are furniture
except the persons it names (From, Reply-To, To) and its subject; its quoted-printable text part is decoded (escapes
are no look-alike digits, a soft break joins a number or an address cut at any position), its base64 HTML part is
read as text (the only copy of a number), a Received line's IP and a Message-ID never yield a contact; a pipermail
page's sender "local at domain.tld" is the address and its attachment URL's date is no number; a text that merely
opens with "Date:" stays prose. Invented mails, numbers and domains only."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.mail import may_be_mail, read_mail


def raw_mail(text_part: str, html_part: str, sender: str = "Nordlys Booking <post@nordlys-demo.eu>") -> str:
    """A list archive's "view original": headers, a quoted-printable text part and a base64 HTML part."""
    encoded = base64.b64encode(html_part.encode("utf-8")).decode("ascii")
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    return "\n".join(
        [
            "Received: from mx4 ([192.0.2.47])",
            f"From: {sender}",
            "To: nordlys@lists.demo-archive.eu",
            "Subject: [nordlys] Ny denne uken",
            "Date: Tue, 11 Aug 2026 16:54:16 +0100",
            "Message-ID: <20260811165416.5154@nordlys-demo.eu>",
            "List-Unsubscribe: <mailto:nordlys-leave@lists.demo-archive.eu>",
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="=_b0undary"',
            "",
            "--=_b0undary",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            text_part,
            "--=_b0undary",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            *lines,
            "--=_b0undary--",
            "",
        ]
    )


def contacts(body: str, site: str = "postarkiv.example") -> tuple[list[str], list[str]]:
    ex = extract_ad(body=body, site=site)
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw  # every span points at the raw text
    return sorted(ex.values("phone")), sorted(ex.values("email"))


CASES = [
    # (language, QP text part, HTML part, the numbers read)
    (
        "no",
        "S=C3=B8t jente p=C3=A5 bes=C3=B8k =E2=80=93 ring meg: 41 52 63 74\n=C2=B7 90-60-90 =C2=B7 168 cm",
        "<p>Nummeret st&aring;r her: <a href='tel:+4793847561'>93 84 75 61</a></p>",
        ["+4741526374", "+4793847561"],
    ),
    (
        "sv",
        "Ny i stan =E2=80=93 ring mig p=C3=A5 070-123 45 67\n=C2=B7 85-60-88 =C2=B7",
        "<html><body><h3>Ny i G&ouml;teborg</h3><p>SMS: 073-987 65 43</p></body></html>",
        ["+46701234567", "+46739876543"],
    ),
    (
        "da",
        "S=C3=B8d pige i K=C3=B8benhavn =E2=80=93 ring 20 12 34 56\n",
        "<p>Ring eller skriv: 28 76 54 32</p>",
        ["+4520123456", "+4528765432"],
    ),
    (
        "en",
        "New in town =E2=80=93 call me: +47 48 60 53 11\n",
        "<div>Text only: <b>+46 70 765 43 21</b></div>",
        ["+46707654321", "+4748605311"],
    ),
]


@pytest.mark.parametrize(("lang", "text_part", "html_part", "numbers"), CASES, ids=[c[0] for c in CASES])
def test_a_raw_mail_reads_its_parts_and_never_its_furniture(
    lang: str, text_part: str, html_part: str, numbers: list[str]
) -> None:
    body = raw_mail(text_part, html_part)
    phones, emails = contacts(body)
    # the HTML part's number (its only copy) is read; the measurements after "=C2=B7", the Received IP and the
    # Message-ID's digits are not
    assert phones == sorted(numbers)
    assert "post@nordlys-demo.eu" in emails
    assert not any("20260811" in e or e.startswith("nordlys-leave") for e in emails)


def test_the_reading_blanks_every_header_but_the_persons_and_the_subject() -> None:
    reading = read_mail(raw_mail("hei\n", "<p>hei</p>"))
    assert reading is not None and reading.kind == "mail"
    assert "192.0.2.47" not in reading.text and "Message-ID" not in reading.text and "20260811" not in reading.text
    assert "post@nordlys-demo.eu" in reading.text and "Ny denne uken" in reading.text


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=17), st.integers(min_value=0, max_value=21))
def test_a_soft_break_anywhere_in_a_number_or_an_address_reads_it_once_and_whole(cut: int, cut_mail: int) -> None:
    number = "+47 48 60 53 11"
    address = "linnea.k@demo-post.no"
    cut = min(cut, len(number))
    cut_mail = min(cut_mail, len(address))
    text_part = f"Ring: {number[:cut]}=\n{number[cut:]}\nSkriv til {address[:cut_mail]}=\n{address[cut_mail:]} n=C3=A5r"
    phones, emails = contacts(raw_mail(text_part, "<p>Hilsen</p>"))
    assert phones == ["+4748605311"]
    assert sorted(set(emails) - {"post@nordlys-demo.eu", "nordlys@lists.demo-archive.eu"}) == [address]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=20200101000000, max_value=20291231235959),
    st.integers(min_value=1, max_value=99999),
    st.tuples(*[st.integers(min_value=0, max_value=255)] * 4),
)
def test_message_ids_and_received_lines_never_yield_a_contact(stamp: int, serial: int, ip: tuple[int, ...]) -> None:
    body = raw_mail("Hei!\n", "<p>Hei!</p>").replace("192.0.2.47", ".".join(map(str, ip)))
    body = body.replace("20260811165416.5154", f"{stamp}.{serial}")
    phones, emails = contacts(body)
    assert phones == []
    assert all(str(stamp) not in e for e in emails)


PIPERMAIL = """[Demoliste] Ukens nye: Mira (24) i Bergen
Demo Agency Booking booking at demo-agency.eu
Tue Aug 11 16:54:16 CET 2026

Previous message (by thread): [Demoliste] ...
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

Mira, 24 år, ny i byen. Vi møtes at hotel.no-kaia i kveld.
Booking: 93 84 75 61

-------------- next part --------------
An HTML attachment was scrubbed...
URL: <https://lists.demo-archive.eu/pipermail/demoliste/attachments/20260811/2288f691/attachment.html>
"""


def test_a_pipermail_page_reads_its_sender_and_not_its_attachment_url() -> None:
    phones, emails = contacts(PIPERMAIL)
    assert phones == ["+4793847561"]  # not +47 20260811, the attachment URL's date
    assert emails == ["booking@demo-agency.eu"]


def test_a_text_opening_with_a_date_line_stays_prose() -> None:
    ad = "Date: fredag kveld\nSted: Oslo sentrum\nRing 41 52 63 74 for avtale"
    assert read_mail(ad) is None
    assert contacts(ad)[0] == ["+4741526374"]
    assert not may_be_mail("Ny i byen: ring 41 52 63 74")


def test_a_hostile_mail_is_bounded() -> None:
    part = "--b\nContent-Type: text/plain\n\nhei 41 52 63 74\n"
    nested = 'Content-Type: multipart/mixed; boundary="b"\n\n' * 50
    body = "From: a@demo.no\nTo: b@demo.no\nSubject: x\nMIME-Version: 1.0\n" + nested + part * 5000 + "--b--\n"
    reading = read_mail(body)
    assert reading is not None and len(reading.source) == len(body)
    assert reading.text.count("41 52 63 74") <= 32


def test_encoded_words_in_headers_are_read_as_their_text_and_the_address_stays_in_place() -> None:
    body = (
        "From: =?utf-8?Q?Bj=C3=B8rg_Hansen?= <bjorg.h@demo-post.no>\n"
        "To: liste@demo-archive.eu\n"
        "Subject: =?utf-8?B?TnkgaSBUcm9tc8O4?=\n"
        "Message-ID: <1234567890.2020@demo-post.no>\n"
        "\n"
        "Hei, ring 41 52 63 74\n"
    )
    reading = read_mail(body)
    assert reading is not None and "Bjørg Hansen" in reading.text and "Ny i Tromsø" in reading.text
    phones, emails = contacts(body)
    assert phones == ["+4741526374"]
    assert "bjorg.h@demo-post.no" in emails and not any("1234567890" in e for e in emails)


PIPERMAIL_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> [Demoliste] Ny i Malmö: Vera (26)
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="mailto:demoliste%40lists.demo-archive.eu?In-Reply-To=%3C20260811165416.5154%40demo.se%3E">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>[Demoliste] Ny i Malmö: Vera (26)</H1>
    <B>Vera</B>
    <A HREF="mailto:demoliste%40lists.demo-archive.eu?Subject=Re%3A&In-Reply-To=%3C20260811165416.5154%40demo.se%3E"
       TITLE="[Demoliste] Ny i Malmö">vera.k at demo-post.se
       </A><BR>
    <I>Tue Aug 11 16:54:16 CEST 2026</I>
    <P><UL>
        <LI>Previous message (by thread): <A HREF="002557.html">[Demoliste] ...</A></LI>
        <LI> <B>Messages sorted by:</B> <a href="date.html#2558">[ date ]</a> <a href="author.html#2558">[ author ]</a>
    </UL>
<PRE>Hej! Ring mig på 070-123 45 67.
</PRE>
<!--endarticle-->
</BODY></HTML>
"""


def test_a_pipermail_html_page_reads_its_sender_and_not_its_links() -> None:
    phones, emails = contacts(PIPERMAIL_HTML)
    assert phones == ["+46701234567"]  # the In-Reply-To's 20260811165416 in a link is no number
    assert emails == ["vera.k@demo-post.se"]
