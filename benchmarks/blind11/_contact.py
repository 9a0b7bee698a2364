"""How a number or an address is written in an ad of the eleventh blind corpus (benchmarks/blind11).

Three families of phone style, kept apart because the corpus test checks them differently:

- PLAIN: the number's digits stand in the text as one run once separators are dropped (national, international,
  00-prefix, compact, dotted, a trunk zero in brackets, a number written abroad in its home country's national
  form).
- DISGUISED: the digits are all there but dressed (keycap emoji, full-width or mathematical bold digits, one digit
  at a time, star or pipe separators, an image's alt text, tel:/sms:/wa.me/t.me/viber links, a chat sender label
  that is the number itself, the country code written apart from the rest).
- HIDDEN: the run is not there as digits (digit words in no/sv/da/en, pairs said as numbers, half words half
  digits, look-alike letters, one digit replaced by X with the key given, the last two digits given as a riddle,
  written backwards, OCR misreadings of a scanned flyer, a number split over two chat messages or over title
  and body).
"""

from __future__ import annotations

import random

import phonenumbers
from benchmarks.blind11._data import AT_WORDS, DIGIT_WORDS, DOT_WORDS, NAT_SV, NATIONALITIES, TEENS, TENS
from phonenumbers import PhoneNumberFormat

NAT_NO = {code: word for code, _, word in NATIONALITIES}
D_NAT_SV = NAT_SV
COUNTRY_EN = {
    "RO": "Romania",
    "BG": "Bulgaria",
    "HU": "Hungary",
    "PL": "Poland",
    "LT": "Lithuania",
    "LV": "Latvia",
    "UA": "Ukraine",
    "TH": "Thailand",
    "BR": "Brazil",
    "CO": "Colombia",
    "VE": "Venezuela",
    "ES": "Spain",
    "NG": "Nigeria",
    "CZ": "Czech",
    "DE": "German",
    "IT": "Italy",
    "VN": "Vietnam",
    "PH": "Philippines",
    "DO": "Dominican",
    "NO": "Norway",
    "SE": "Sweden",
    "DK": "Denmark",
}

PLAIN = frozenset(
    {"national", "international", "e164", "double_zero", "compact", "dotted", "paren_trunk", "foreign_national"}
)
DISGUISED = frozenset(
    {
        "keycap",
        "fullwidth",
        "math_bold",
        "one_by_one",
        "odd_separators",
        "img_alt",
        "tel_link",
        "sms_link",
        "wa_link",
        "tme_link",
        "viber_link",
        "sender_label",
        "code_apart",
        "country_by_name",
    }
)
HIDDEN = frozenset(
    {
        "words",
        "word_pairs",
        "half_words",
        "lookalike",
        "substitution",
        "last_two_riddle",
        "backwards",
        "ocr",
        "split_messages",
        "split_title",
    }
)
EMAIL_STYLES = frozenset(
    {
        "plain",
        "mailto",
        "at_words",
        "spaced",
        "fullwidth_at",
        "entity",
        "cfemail",
        "provider_hint",
        "json_field",
        "bracket_both",
    }
)


def parse(e164: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(e164)


def national(e164: str) -> str:
    return phonenumbers.format_number(parse(e164), PhoneNumberFormat.NATIONAL)


def international(e164: str) -> str:
    return phonenumbers.format_number(parse(e164), PhoneNumberFormat.INTERNATIONAL)


def region(e164: str) -> str:
    return phonenumbers.region_code_for_number(parse(e164)) or "ZZ"


def nsn(e164: str) -> str:
    return phonenumbers.national_significant_number(parse(e164))


def cc(e164: str) -> str:
    return str(parse(e164).country_code)


def spoken_digits(e164: str, ad_country: str) -> str:
    """The digits a person says: the national form at home (with its trunk 0), else + and the country code."""
    if region(e164) == ad_country:
        return "".join(c for c in national(e164) if c.isdigit())
    return "+" + cc(e164) + nsn(e164)


def groups(e164: str, ad_country: str) -> list[str]:
    """The number as groups of digits, as its own country groups it (a leading +CC group abroad)."""
    if region(e164) == ad_country:
        text = national(e164)
        return [
            "".join(c for c in g if c.isdigit()) for g in text.replace("-", " ").split() if any(c.isdigit() for c in g)
        ]
    parts = international(e164).replace("-", " ").split()
    return [p if p.startswith("+") else "".join(c for c in p if c.isdigit()) for p in parts]


def _pair_word(two: str, lang: str) -> str:
    a, b = int(two[0]), int(two[1])
    w = DIGIT_WORDS[lang]
    if a == 0:
        return f"{w[0]} {w[b]}"
    if a == 1:
        return TEENS[lang][b]
    if b == 0:
        return TENS[lang][a]
    if lang == "da":
        return f"{w[b]}og{TENS[lang][a]}".replace("enog", "enog")
    if lang == "en":
        return f"{TENS[lang][a]}-{w[b]}"
    return f"{TENS[lang][a]}{w[b]}"


def _plus(lang: str) -> str:
    return {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}[lang]


def _words(digits: str, lang: str, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", "-", ", ", " · "])
    out = []
    for c in digits:
        out.append(_plus(lang) if c == "+" else DIGIT_WORDS[lang][int(c)])
    return sep.join(out)


CYRILLIC = {"0": ["О", "о"], "3": ["З", "з"], "4": ["Ч"], "6": ["б"]}  # as spam filters' evaders use them
LOOK = {"0": ["O", "o", "O"], "1": ["l", "I", "|"], "5": ["S"], "8": ["B"], "2": ["Z"], "6": ["b"], "9": ["g"]}
# a scanner's misreadings of digits: only into letters or marks, so that a reader can still recover the number (a
# digit read as another digit, 8 as 3, is common in real OCR but no one could write its truth)
OCR = {
    "0": ["O", "D", "o"],
    "1": ["l", "I", "i"],
    "5": ["S", "s"],
    "8": ["B"],
    "2": ["Z"],
    "6": ["G", "b"],
    "7": ["/"],
    "4": ["A"],
}


def _swap(text: str, table: dict[str, list[str]], rng: random.Random, rate: float, need: int) -> str:
    """Replace digits by look-alikes: about `rate` of those that have one, at least `need` of them."""
    idx = [i for i, c in enumerate(text) if c in table]
    rng.shuffle(idx)
    k = max(need, round(rate * len(idx)))
    chosen = set(idx[:k])
    return "".join(rng.choice(table[c]) if i in chosen else c for i, c in enumerate(text))


def phone_text(e164: str, style: str, lang: str, ad_country: str, rng: random.Random) -> list[str]:
    """The text of one number in a style; two parts for the split styles (the site places the second)."""
    nat, intl = national(e164), international(e164)
    home = region(e164) == ad_country
    shown = nat if home else intl
    said = spoken_digits(e164, ad_country)
    if style == "national":
        return [nat]
    if style == "international":
        return [intl]
    if style == "e164":
        return [e164]
    if style == "double_zero":
        return ["00" + cc(e164) + rng.choice([" ", "", "-"]) + (nat.lstrip("0") if rng.random() < 0.5 else nsn(e164))]
    if style == "compact":
        return ["".join(c for c in shown if c.isdigit() or c == "+")]
    if style == "dotted":
        return [".".join(groups(e164, ad_country))]
    if style == "paren_trunk":
        return [f"+{cc(e164)} (0){nat.lstrip('0') if nat.startswith('0') else nat}"]
    if style == "foreign_national":
        return [nat]
    if style == "keycap":
        return ["".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in shown.replace(" ", "").replace("-", ""))]
    if style == "fullwidth":
        return ["".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in shown)]
    if style == "math_bold":
        return ["".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in shown)]
    if style == "one_by_one":
        return [" ".join(c for c in said)]
    if style == "odd_separators":
        sep = rng.choice(["*", "_", "~", "|", "/", "•", "^"])
        gs = groups(e164, ad_country)
        if rng.random() < 0.5:
            return [sep.join(gs)]
        return [sep.join(c for c in "".join(gs))]
    if style == "img_alt":
        alt = rng.choice(["tlf ", "ring ", "mob ", "call ", "", "nr "]) + shown
        if rng.random() < 0.5:
            return [f'<img src="/media/{rng.randrange(10**5, 10**6)}.jpg" alt="{alt}">']
        return [rng.choice(["[bilde: ", "[bild: ", "[image: ", "[billede: "]) + f"«{alt}»]"]
    if style == "tel_link":
        return [f'<a href="tel:{e164}">{rng.choice(["Ring meg", "Ring mig", "Ring mej", "Call me", "📞"])}</a>']
    if style == "sms_link":
        return [f"sms:{e164}"]
    if style == "wa_link":
        return [rng.choice(["https://wa.me/", "wa.me/", "https://api.whatsapp.com/send?phone="]) + e164.lstrip("+")]
    if style == "tme_link":
        return ["t.me/" + e164]
    if style == "viber_link":
        return ["viber://chat?number=%2B" + e164.lstrip("+")]
    if style == "code_apart":
        word = {"no": "landskode", "sv": "landsnummer", "da": "landekode", "en": "country code"}[lang]
        rest = nat.lstrip("0") if nat.startswith("0") else nat
        return [f"({word} +{cc(e164)}) {rest}"]
    if style == "country_by_name":  # the country named instead of its code (only for a number from abroad)
        rest = nat.lstrip("0") if nat.startswith("0") else nat
        reg = region(e164)
        word = {
            "no": NAT_NO.get(reg, COUNTRY_EN.get(reg, reg)) + " nummer",
            "sv": D_NAT_SV.get(reg, reg) + "t nummer",
            "da": COUNTRY_EN.get(reg, reg) + "-nummer",
            "en": COUNTRY_EN.get(reg, reg) + " number",
        }[lang]
        return [f"{word}: {rest if rng.random() < 0.6 else nat}"]
    if style == "sender_label":
        return [intl]
    if style == "words":
        return [_words(said, lang, rng)]
    if style == "word_pairs":
        out = []
        for g in groups(e164, ad_country):
            if g.startswith("+"):
                out.append(_plus(lang) + " " + " ".join(DIGIT_WORDS[lang][int(c)] for c in g[1:]))
            elif len(g) == 2:
                out.append(_pair_word(g, lang))
            elif len(g) == 4 and rng.random() < 0.7:
                out.append(_pair_word(g[:2], lang) + " " + _pair_word(g[2:], lang))
            else:
                out.append(" ".join(DIGIT_WORDS[lang][int(c)] for c in g))
        return [", ".join(out)]
    if style == "half_words":
        while True:
            parts = [
                (DIGIT_WORDS[lang][int(c)] if c.isdigit() and rng.random() < 0.5 else (_plus(lang) if c == "+" else c))
                for c in said
            ]
            if sum(p in DIGIT_WORDS[lang] for p in parts) >= 2:
                return [" ".join(parts)]
    if style == "lookalike":
        if rng.random() < 0.3 and sum(c in CYRILLIC for c in shown) >= 2:
            return [_swap(shown, CYRILLIC, rng, 0.6, 2)]
        return [_swap(shown, LOOK, rng, 0.5, 2)]
    if style == "ocr":
        t = _swap(shown, OCR, rng, 0.25, 1)
        if rng.random() < 0.3:  # a stray space or dot the scan put in
            i = rng.randrange(1, len(t))
            t = t[:i] + rng.choice([" ", ".", ","]) + t[i:]
        return [t]
    if style == "substitution":
        digits = [c for c in shown if c.isdigit()]
        d = rng.choice(digits[1:] if len(digits) > 1 else digits)
        mark = rng.choice(["X", "x", "*", "#"])
        key = {
            "no": f"({mark} = {DIGIT_WORDS['no'][int(d)]})",
            "sv": f"({mark} är {DIGIT_WORDS['sv'][int(d)]})",
            "da": f"({mark} = {DIGIT_WORDS['da'][int(d)]})",
            "en": f"({mark} is {DIGIT_WORDS['en'][int(d)]})",
        }[lang]
        return [shown.replace(d, mark) + " " + key]
    if style == "last_two_riddle":
        digits_idx = [i for i, c in enumerate(shown) if c.isdigit()]
        cut = digits_idx[-2]
        last = shown[cut:].replace(" ", "").replace("-", "")
        hint = {"no": "de to siste er", "sv": "de två sista är", "da": "de to sidste er", "en": "last two are"}[lang]
        return [shown[:cut] + "** (" + hint + " " + _pair_word(last, lang) + ")"]
    if style == "backwards":
        hint = {"no": "les baklengs", "sv": "läs baklänges", "da": "læs baglæns", "en": "read it backwards"}[lang]
        return [said[::-1] + f" ({hint})"]
    if style in ("split_messages", "split_title"):
        gs = groups(e164, ad_country)
        k = max(1, len(gs) // 2)
        return [" ".join(gs[:k]), " ".join(gs[k:])]
    raise ValueError(style)


# e-mail styles ------------------------------------------------------------------------------------------------


def cfemail(addr: str, rng: random.Random) -> str:
    key = rng.randrange(1, 256)
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in addr)


def email_text(addr: str, style: str, lang: str, rng: random.Random) -> str:
    local, domain = addr.split("@")
    if style == "plain":
        return addr
    if style == "mailto":
        return f'<a href="mailto:{addr}">{rng.choice(["Skriv til meg", "Maila mig", "Skriv", "E-mail me", addr])}</a>'
    if style == "at_words":
        at = rng.choice(AT_WORDS[lang])
        dot = rng.choice(DOT_WORDS[lang])
        return f"{local} {at.strip()} {domain.replace('.', ' ' + dot.strip() + ' ')}"
    if style == "spaced":
        return f"{local} @ {domain.replace('.', ' . ')}"
    if style == "bracket_both":
        return f"{local}[@]{domain.replace('.', '[.]')}"
    if style == "fullwidth_at":
        return f"{local}＠{domain}"
    if style == "entity":
        return f"{local}&#64;{domain.replace('.', '&#46;')}"
    if style == "cfemail":
        return (
            f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{cfemail(addr, rng)}">'
            "[email&#160;protected]</a>"
        )
    if style == "provider_hint":  # only for the big .com providers, where the reader supplies the rest
        prov = domain.split(".")[0]
        return {
            "no": f"{local} på {prov}",
            "sv": f"{prov}: {local}",
            "da": f"{local} hos {prov}",
            "en": f"{local} on {prov}",
        }[lang]
    if style == "json_field":
        return f'"email": "{addr}"'
    raise ValueError(style)
