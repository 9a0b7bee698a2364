"""A contact a page hides in base64 (issue 14, session 35): a "show number" button's attribute
(``data-nr="KzQ2NzAxMjM0NTY3"``) or the argument of ``atob('bWFpbHRv…')`` that a script turns into a ``mailto:`` link.

Shared by collect (a crawled page, where the attribute and the script are gone from the text) and extract (a page's
source kept by a scraper or a feed). Only a short value is decoded, and only a decoded text that is printable ASCII and
a contact whole (a number's characters with six digits or more, or an address) is kept: an image, a tracking id, a
class name or an id decodes to nothing.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Final

#: The shortest and longest base64 value decoded (a 48-character number or address string).
MIN_B64: Final = 8
MAX_B64: Final = 64
#: A value that may be base64 (padding optional).
SHAPE: Final = re.compile(r"[A-Za-z0-9+/]{8,64}={0,2}")
#: A decoded string that is a number: a number's characters only, a link's scheme before it.
_NUMBER: Final = re.compile(r"(?:tel:|callto:|sms:)?[+(]?[0-9][0-9 ().\-]{5,24}")
#: A decoded string that is an address, or a mailto: link to one.
_ADDRESS: Final = re.compile(r"(?:mailto:)?[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,100}\.[A-Za-z]{2,24}(?:\?[ -~]*)?")


def contact_like(decoded: str) -> bool:
    """Is a decoded string a contact, whole: a number with six digits or more, or an address?"""
    if _NUMBER.fullmatch(decoded) is not None:
        return sum(1 for c in decoded if "0" <= c <= "9") >= 6
    return _ADDRESS.fullmatch(decoded) is not None


def decode_contact(value: str) -> str | None:
    """``value``'s base64 decoded, when it is valid base64 of ``MIN_B64`` to ``MAX_B64`` characters whose text is
    printable ASCII and ``contact_like``; else None."""
    if not MIN_B64 <= len(value) <= MAX_B64 or value.isdigit():
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not raw or any(b < 32 or b > 126 for b in raw):
        return None
    text = raw.decode("ascii")
    return text if contact_like(text) else None
