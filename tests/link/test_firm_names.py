"""An agency's or parlour's two-word name read after "hos"/"with" is the firm's, not the woman's; her name in
capitals with her age opening a paper's contact ad is hers (FEATURES_VERSION 10)."""

from __future__ import annotations

from kartlegg.link.names import find_name


def test_a_firms_name_after_hos_or_with_is_no_name_and_hers_before_it_is() -> None:
    # sv / no / da / en: the word after the phrase is followed by a descriptor or a plural of its persons
    assert find_name("Annons", "Vacker ny dam Tilde hos Stjerne VIP, sött ansikte.") == "Tilde"
    assert find_name("Annonse", "Ny modell Ragna hos Nordstjerne Elite, snakker godt engelsk.") == "Ragna"
    assert find_name("Annonce", "Frisk i byen Sigrid hos Bølge Piger, ingen stress.") == "Sigrid"
    assert find_name("Listing", "Gorgeous new lady Wenna at Harbour Ladies, very open minded.") == "Wenna"
    assert find_name("Listing", "Booking with Kestrel Girls only, call the agency.") is None


def test_a_name_after_hos_stays_hers_when_no_firm_follows() -> None:
    assert find_name("Annons", "Bokning hos Tilde, ring efter tolv.") == "Tilde"
    # a descriptor after her own name, read after another phrase, is still hers ("Jag heter Tilde VIP")
    assert find_name("Annons", "Jag heter Tilde VIP, diskret och trevlig.") == "Tilde"


def test_the_word_before_the_phrase_opening_a_sentence_is_no_name() -> None:
    assert find_name("Annons", "Bokning hos Stjerne Escorts, ring nu.") is None


def test_a_name_in_capitals_with_her_age_opening_a_line_names_her() -> None:
    body = "KONTAKTSIDAN · Vecka 3\nTILDE, 27 – Nu i Göteborg. Ny dam hos oss.\nTlf. 070-000 00 00"
    assert find_name("KONTAKTSIDAN vecka 3, sida 9", body) == "Tilde"
    # a heading in capitals without an age names no one ("HOROSKOP: ...")
    assert find_name("KONTAKTSIDAN vecka 3", "HOROSKOP, idag\nVÄDUREN: Ta en paus.") is None
