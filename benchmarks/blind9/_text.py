"""The free text of the ninth blind corpus's ads, in Norwegian, Swedish, Danish and English."""

from __future__ import annotations

import random
from typing import Any

INTRO = {
    "no": (
        "Hei! Jeg er {name}, {age} år, {nat} jente {where}.",
        "Ny i byen! {name} ({age}) – søt {nat} jente {where} 💋",
        "{name}, {age}. Diskret og hyggelig {nat} dame {where}.",
        "Hei gutter, {name} her – {age} år gammel, {where} denne uka.",
    ),
    "sv": (
        "Hej! Jag heter {name}, {age} år, {nat} tjej {where}.",
        "Ny {where}! {name} {age} – {nat} och söt 😘",
        "{name} ({age}), {nat}, finns {where} hela veckan.",
    ),
    "da": (
        "Hej, jeg hedder {name}, {age} år, {nat} pige {where}.",
        "Ny pige {where}! {name}, {age} år – {nat} og sød.",
        "{name} ({age}) – lækker {nat} kvinde {where}.",
    ),
    "en": (
        "Hi gentlemen, I am {name}, {age} y.o. {nat} girl {where}.",
        "NEW {where}! {name}, {age}, sweet {nat} lady 💋",
        "{name} – {age} – {nat} – available {where} now.",
        "Hello! {name} here, {age} years, {nat}, staying {where}.",
    ),
}
MINOR = {
    "no": ("Helt ny og ung 🌸", "Nettopp fylt 18!", "Går fortsatt på skolen 😉", "Liten, ung og uerfaren"),
    "sv": ("Precis fyllt 18!", "Ung skoltjej, ny på detta", "Helt ny och väldigt ung 🌸"),
    "da": ("Lige fyldt 18!", "Ung og helt ny i branchen", "Går stadig i skole 😉"),
    "en": ("Fresh 18 🌸", "Just turned 18!", "Young teen, new here", "Petite young student, very new"),
}
SERVICES = {
    "no": ("Incall og outcall. Ren og diskret leilighet.", "Kun hyggelige menn. Ingen stress.", "Massasje og kos, GFE.",
           "Tar imot i egen leilighet, dusj tilgjengelig.", "Ingen skjult nummer, svarer ikke på anonyme anrop."),
    "sv": ("Incall & outcall. Rent och diskret.", "Bara trevliga män, ingen stress.",
           "Avslappnande massage, olja och dusch finns.",
           "Tar emot i egen lägenhet.", "Svarar ej på dolt nummer."),
    "da": ("Incall og outcall. Rent og diskret.", "Kun søde mænd. Ingen stress.", "Massage og hygge, GFE.",
           "Modtager i egen lejlighed, bad findes.", "Svarer ikke på skjult nummer."),
    "en": ("Incall and outcall. Clean, discreet apartment.", "Only gentlemen, no rush.",
           "Relaxing massage, GFE, dinner dates.",
           "Private apartment with shower.", "No withheld numbers please."),
}  # fmt: skip
CALL = {
    "no": ("Ring eller SMS: {p}", "Kun SMS/WhatsApp: {p}", "Tlf {p}", "📱 {p}", "Send melding på {p}"),
    "sv": ("Ring/sms: {p}", "Nås på {p}", "Tel: {p}", "📱 {p}", "Skicka sms till {p}"),
    "da": ("Ring: {p}", "Skriv på {p}", "Tlf. {p}", "📱 {p}", "SMS til {p}"),
    "en": ("Call/text: {p}", "WhatsApp: {p}", "Phone {p}", "📱 {p}", "Text me on {p}"),
}
OLD = {
    "no": "NYTT NUMMER! Gammelt nummer {p} virker bare noen dager til.",
    "sv": "NYTT NUMMER! Gamla {p} slutar snart fungera.",
    "da": "NYT NUMMER! Det gamle {p} lukker snart.",
    "en": "NEW NUMBER! Old one {p} works only a few more days.",
}
WA = {
    "no": "WhatsApp (hjemlandsnummer): {p}",
    "sv": "WhatsApp (hemlandsnummer): {p}",
    "da": "WhatsApp (hjemland): {p}",
    "en": "WhatsApp (home number): {p}",
}
BOOKING = {
    "no": ("Booking: {p}", "Bestill via vår bookingtelefon {p}", "Ring sjåfør/booking {p}"),
    "sv": ("Bokning: {p}", "Boka via {p}", "Ring för tid: {p}"),
    "da": ("Booking: {p}", "Book via {p}", "Ring for tid: {p}"),
    "en": ("Booking: {p}", "Book via our line {p}", "Reservations: {p}"),
}
MAIL = {
    "no": ("E-post: {e}", "Mail: {e}", "Skriv til {e}"),
    "sv": ("Mejl: {e}", "E-post: {e}", "Maila {e}"),
    "da": ("E-mail: {e}", "Mail: {e}", "Skriv til {e}"),
    "en": ("Email: {e}", "Mail me: {e}", "E-mail {e}"),
}
NO_NUMBER = {
    "no": "Kontakt kun på e-post, ingen telefon.",
    "sv": "Endast mejl, ingen telefon.",
    "da": "Kun mail, ingen telefon.",
    "en": "Email only, no calls.",
}
WARN = {
    "no": "OBS! Falske profiler bruker bildene mine – {p} er IKKE meg, ikke send penger!",
    "sv": "VARNING: fejkprofiler använder mina bilder – {p} är INTE jag!",
    "da": "ADVARSEL: falske profiler bruger mine billeder – {p} er IKKE mig!",
    "en": "WARNING: fake profiles use my photos – {p} is NOT me, never pay a deposit!",
}
HANDLE = ("Snap: {h}", "Telegram: @{h}", "Insta: @{h}.official", "Kik: {h}", "Signal-brukernavn: {h}.07")
ALT = {"no": "[bilde: {p}]", "sv": "[bild: {p}]", "da": "[billede: {p}]", "en": "[image: {p}]"}
HIDDEN = {
    "no": (
        "Ny jente i byen!! {name} {age} år, veldig søt og snill. {where}. Ring nå – bare i noen få dager. "
        "Ingen svar på skjult nr.",
        "{name} ({age}) – vakker {nat} jente, ny {where}. Hyggelig og diskret, 24/7. Ring for info.",
        "Hei! Jeg heter {name}, {age}. Jeg er ny {where} og venter på deg. Ring meg, kyss!",
    ),
    "sv": (
        "Ny tjej i stan!! {name} {age} år, jättesöt och snäll. {where}. Ring nu – bara några dagar. Inget dolt nr.",
        "{name} ({age}) – vacker {nat} tjej, ny {where}. Trevlig och diskret, 24/7. Ring för info.",
        "Hej! Jag heter {name}, {age}. Jag är ny {where} och väntar på dig. Ring mig, puss!",
    ),
    "da": (
        "Ny pige i byen!! {name} {age} år, meget sød og rar. {where}. Ring nu – kun få dage. Intet skjult nr.",
        "{name} ({age}) – smuk {nat} pige, ny {where}. Sød og diskret, 24/7. Ring for info.",
        "Hej! Jeg hedder {name}, {age}. Jeg er ny {where} og venter på dig. Ring til mig, kys!",
    ),
    "en": (
        "New girl in town!! {name} {age} years, very sweet and kind. {where}. Call now – only a few days. "
        "No private numbers.",
        "{name} ({age}) – beautiful {nat} girl, new {where}. Friendly and discreet, 24/7. Call for info.",
        "Hi! My name is {name}, {age}. I am new {where} and waiting for you. Call me, kisses!",
    ),
}
REVIEW = {
    "no": ("Besøkte {name} {where} i går. Stemte med bildene, hyggelig prat og rent.",
           "Har noen vært hos {name}? Traff henne {where}, litt stresset men grei.",
           "Kort rapport: {name}, {where}. Ikke som på bildene, gikk etter 10 min."),
    "sv": ("Besökte {name} {where} igår. Stämde med bilderna, trevlig och rent.",
           "Någon som träffat {name}? Var där {where}, lite stressad men okej."),
    "da": ("Besøgte {name} {where} i går. Passede med billederne, sød og rent.",
           "Nogen der har været hos {name}? Mødte hende {where}, lidt stresset."),
    "en": ("Visited {name} {where} yesterday. Pics are real, nice chat, clean place.",
           "Anyone seen {name}? Met her {where}, bit rushed but ok.",
           "Quick FR: {name}, {where}. Not like the photos, left after 10 min."),
}  # fmt: skip


def price_block(rng: random.Random, lang: str, country: str, eur: bool = False) -> tuple[str, list[dict[str, Any]]]:
    if eur:
        a, b, c = rng.choice((200, 250, 300)), rng.choice((400, 450, 500)), rng.choice((1200, 1500, 2000))
        text = rng.choice(
            (f"1h {a}€ · 2h {b}€ · overnight {c}€", f"Rates: 1 hour {a} EUR / 2 hours {b} EUR / night {c} EUR")
        )
        return text, [{"kind": "price", "digits": str(c)}]
    if country == "NO":
        a, b = rng.choice((1500, 2000, 2500)), rng.choice((2500, 3000, 3500))
        text = rng.choice((f"30 min {a},- | 1 time {b},-", f"½t {a} kr, 1t {b} kr", f"Priser: {a}/{b} NOK"))
    elif country == "SE":
        a, b = rng.choice((1000, 1200, 1500)), rng.choice((2000, 2500))
        text = rng.choice((f"30 min {a} kr · 1 tim {b // 1000} {b % 1000:03d} kr", f"Pris: {a}:- / {b}:-"))
    else:
        a, b = rng.choice((800, 1000, 1200)), rng.choice((1500, 1800, 2000))
        text = rng.choice((f"½ time {a} kr, 1 time {b // 1000}.{b % 1000:03d} kr", f"Priser: {a},- / {b},-"))
    if lang == "en":
        text = text.replace("time", "hour").replace("tim", "hour").replace("Priser", "Rates").replace("Pris", "Rates")
    return text, [{"kind": "price", "digits": str(a)}, {"kind": "price", "digits": str(b)}]


def stats(rng: random.Random, lang: str) -> str:
    h, w = rng.randint(152, 178), rng.randint(45, 72)
    bust = rng.choice(("75B", "75C", "80C", "85D", "70A"))
    m = f"{rng.choice((86, 88, 90, 92))}-{rng.choice((58, 60, 62))}-{rng.choice((86, 88, 90, 94))}"
    return {
        "no": f"Høyde {h} cm · vekt {w} kg · {m} · BH {bust}",
        "sv": f"Längd {h} cm, vikt {w} kg, {m}, BH {bust}",
        "da": f"Højde {h} cm, vægt {w} kg, {m}, BH {bust}",
        "en": f"Height {h} cm, weight {w} kg, {m}, bra {bust}",
    }[lang]


def hours(rng: random.Random, lang: str) -> str:
    a, b = rng.choice(("10:00", "11:00", "12", "14.00")), rng.choice(("22:00", "02:00", "24", "04.00"))
    return {"no": f"Åpent {a}–{b}", "sv": f"Öppet {a}–{b}", "da": f"Åben {a}–{b}", "en": f"Open {a}–{b}"}[lang]
