"""How a phone number or an e-mail address is written in the fourteenth blind corpus: one function per written
style, each returning the text printed. A style is PLAIN (the digits there as a number), DISGUISED (all the
digits there in order, with look-alike digits or noise between) or HIDDEN (not there as a run of digits)."""

from __future__ import annotations

import base64
import random

import phonenumbers
from benchmarks.blind14._data import DIGIT_WORDS

PLAIN = frozenset(
    {
        "intl_plus_spaced",  # +47 412 34 567
        "intl_plus_compact",  # +4741234567
        "intl_00",  # 0047 412 34 567
        "national",  # 412 34 567 / 070-123 45 67 / 21 43 65 87
        "national_compact",  # 41234567 / 0701234567
        "national_dotted",  # 412.34.567
        "national_with_country_hint",  # 0721 234 567 (RO)  -- a foreign number in its own national form
        "wa_link",  # wa.me/4741234567
        "tme_link",  # t.me/+4741234567
        "tel_href",  # <a href="tel:+4741234567">
        "jsonld_telephone",  # "telephone": "+47 412 34 567" in a JSON-LD block left in the page
        "img_alt",  # alt="Ring 412 34 567"
        "ocr_clean",  # a messenger screenshot's header, read right by the OCR
    }
)
DISGUISED = frozenset(
    {
        "star_separated",  # 4*1*2*3*4*5*6*7 (or ~ • | _)
        "single_spaced",  # 4 1 2 3 4 5 6 7
        "fullwidth",  # ４１２ ３４ ５６７
        "math_bold",  # 𝟒𝟏𝟐 𝟑𝟒 𝟓𝟔𝟕
        "keycaps",  # 4️⃣1️⃣2️⃣...
        "zero_width",  # digits with zero-width spaces and soft hyphens between
        "bracket_groups",  # [412] [34] [567]
        "split_words_between",  # 412 ... (og så) 34 567
        "arabic_indic",  # ٤١٢٣٤٥٦٧ (a few Arabic-script keyboards)
        "js_array_join",  # <script>var t=["412","34","567"].join("")</script>
        "pdf_column_broken",  # a PDF's text: the number broken over a column's line end, the next column between
        "proxy_tel_link",  # a translation proxy's rewritten tel: link
    }
)
HIDDEN = frozenset(
    {
        "words",  # fire en to tre fire fem seks sju
        "mixed_words_digits",  # 4 en 2 tre 4 fem 6 sju
        "reversed",  # "read backwards": 76543214
        "css_bidi_reversed",  # <span style="unicode-bidi:bidi-override;direction:rtl">76543214</span>
        "base64_attr",  # data-tel="KzQ3NDEyMzQ1Njc=" (a page's click-to-reveal button)
        "html_entities",  # &#52;&#49;&#50;...
        "ocr_lookalike",  # the OCR read 0 as O, 1 as l, 5 as S, 8 as B
        "split_title_body",  # first digits in the title, the rest in the body
    }
)
RANK = {**{s: 0 for s in PLAIN}, **{s: 1 for s in DISGUISED}, **{s: 2 for s in HIDDEN}}

EMAIL_EXACT = frozenset({"plain", "mailto", "uppercase", "jsonld_email", "html_entity_at"})
EMAIL_STYLES = EMAIL_EXACT | frozenset(
    {
        "at_word_en",  # lina.sol at gmail dot com
        "bracket_at",  # lina.sol [at] gmail [dot] com
        "local_word_at",  # lina.sol snabel-a gmail punkt com / krøllalfa / snabel-a ... punktum
        "spaced",  # lina.sol @ gmail . com
        "provider_only",  # gmail: lina.sol
        "cfemail",  # Cloudflare's e-mail protection left in a scraped page (data-cfemail, hex XOR)
        "ocr_at",  # the OCR read @ as (a)
        "mt_spaced",  # a translation proxy's spaces: lina.sol @ gmail. com
    }
)

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}
_BETWEEN = {"no": "og så", "sv": "och sen", "da": "og så", "en": "then"}
_REVERSED = {"no": "les baklengs", "sv": "läs baklänges", "da": "læs baglæns", "en": "read it backwards"}


def parts(e164: str) -> tuple[str, str, str, str, str]:
    """(country code, national significant number, international, national, national digits) of a number."""
    num = phonenumbers.parse(e164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    natl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return cc, nsn, intl, natl, "".join(c for c in natl if c.isdigit())


def phone(rng: random.Random, e164: str, style: str, lang: str, nordic: bool) -> str:
    """The number written in a style; `nordic`: the number is of the country the ad is in (written without +cc
    in the national styles; a foreign one is written with its country code or a hint of its country)."""
    cc, nsn, intl, natl, natd = parts(e164)
    groups = intl.split(" ", 1)[1] if " " in intl else nsn  # the national number grouped, no trunk prefix
    local = natl if nordic else intl
    localc = natd if nordic else "+" + cc + nsn
    if style == "intl_plus_spaced":
        return intl
    if style == "intl_plus_compact":
        return e164
    if style == "intl_00":
        return "00" + cc + " " + groups
    if style == "national":
        return local
    if style == "national_compact":
        return localc
    if style == "national_dotted":
        return (natl if nordic else cc + " " + groups).replace(" ", ".").replace("-", ".")
    if style == "national_with_country_hint":
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
        return f"{natl} ({region})" if rng.random() < 0.5 else f"{region} {natl}"
    if style in ("wa_link", "tme_link"):
        return ("https://wa.me/" + cc + nsn) if style == "wa_link" else ("t.me/+" + cc + nsn)
    if style == "star_separated":
        sep = rng.choice("*~•|_")
        return sep.join(localc)
    if style == "single_spaced":
        return " ".join(localc)
    if style == "fullwidth":
        return local.translate(_FULL)
    if style == "math_bold":
        return local.translate(_BOLD)
    if style == "keycaps":
        return "".join((c + "\ufe0f\u20e3") if c.isdigit() else c for c in localc)
    if style == "zero_width":
        return "".join(c + rng.choice(["\u200b", "\u00ad", "\u2060"]) for c in localc[:-1]) + localc[-1]
    if style == "bracket_groups":
        return " ".join(f"[{g}]" for g in local.replace("-", " ").split(" "))
    if style == "split_words_between":
        cut = len(localc) // 2
        return f"{localc[:cut]} ({_BETWEEN[lang]}) {localc[cut:]}"
    if style == "arabic_indic":
        return localc.translate(_ARABIC)
    if style == "words":
        words = DIGIT_WORDS[lang]
        spoken = " ".join(words[int(c)] for c in natd) if nordic else f"+{cc} " + " ".join(words[int(c)] for c in nsn)
        return spoken
    if style == "mixed_words_digits":
        words = DIGIT_WORDS[lang]
        digits = natd if nordic else nsn
        out = [c if i % 2 == 0 else words[int(c)] for i, c in enumerate(digits)]
        return (" ".join(out)) if nordic else f"+{cc} " + " ".join(out)
    if style == "reversed":
        return f"{localc[::-1]} ({_REVERSED[lang]})"
    if style == "html_entities":
        return "".join(f"&#{ord(c)};" for c in localc)
    raise ValueError(style)


def words_only(e164: str, lang: str, nordic: bool) -> str:
    cc, nsn, _, _, natd = parts(e164)
    words = DIGIT_WORDS[lang]
    return " ".join(words[int(c)] for c in natd) if nordic else f"+{cc} " + " ".join(words[int(c)] for c in nsn)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def cfemail(rng: random.Random, addr: str) -> str:
    """Cloudflare's e-mail protection: a key byte, then each byte of the address XOR the key, in hex."""
    key = rng.randrange(16, 256)
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in addr)


def decode_cfemail(hexs: str) -> str:
    key = int(hexs[:2], 16)
    return "".join(chr(int(hexs[i : i + 2], 16) ^ key) for i in range(2, len(hexs), 2))


_AT_WORD = {
    "no": ("krøllalfa", "punktum"),
    "sv": ("snabel-a", "punkt"),
    "da": ("snabel-a", "punktum"),
    "en": ("at", "dot"),
}


def email(rng: random.Random, addr: str, style: str, lang: str) -> str:
    local, domain = addr.split("@")
    if style in ("plain", "jsonld_email"):
        return addr
    if style == "mailto":
        return f'<a href="mailto:{addr}">{addr}</a>' if rng.random() < 0.5 else f"mailto:{addr}"
    if style == "uppercase":
        return addr.upper()
    if style == "html_entity_at":
        return addr.replace("@", "&#64;")
    if style == "at_word_en":
        return f"{local} at {domain.replace('.', ' dot ')}"
    if style == "bracket_at":
        return f"{local} [at] {domain.replace('.', ' [dot] ')}" if rng.random() < 0.6 else f"{local}(at){domain}"
    if style == "local_word_at":
        at, dot = _AT_WORD[lang]
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == "spaced":
        return f"{local} @ {domain.replace('.', ' . ')}"
    if style == "provider_only":
        prov = domain.split(".")[0]
        return f"{prov}: {local}"
    if style == "ocr_at":
        return f"{local}(a){domain}" if rng.random() < 0.5 else f"{local}©{domain}"
    if style == "mt_spaced":
        return f"{local} @ {domain.replace('.', '. ')}"
    raise ValueError(style)
