"""A selector as the user or a partner names it, normalised the way extraction stores it: E.164 phone
numbers, lower-case e-mail addresses, handles in lower case (optionally ``platform:handle``)."""

from __future__ import annotations

import phonenumbers

KINDS = ("phone", "email", "handle")


class BadSelector(ValueError):
    """A selector that cannot be read; the message says why and what is expected."""


def normalise(kind: str, value: str, region: str | None = None) -> str:
    """The stored form of ``value``; ``region`` (SE, NO, DK) reads national phone numbers."""
    value = value.strip()
    if not value or len(value) > 200:
        raise BadSelector("give a selector of 1 to 200 characters")
    if kind == "phone":
        try:
            num = phonenumbers.parse(value, region.upper() if region else None)
        except phonenumbers.NumberParseException as exc:
            raise BadSelector(
                f"{value!r} is not a phone number ({exc}); give it with its country code, e.g. +4670..., "
                "or pass --region"
            ) from exc
        if not phonenumbers.is_possible_number(num):
            raise BadSelector(f"{value!r} is not a possible phone number")
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if kind == "email":
        if value.count("@") != 1 or value.startswith("@") or value.endswith("@"):
            raise BadSelector(f"{value!r} is not an e-mail address")
        return value.lower()
    if kind == "handle":
        return value.lstrip("@").lower()
    raise BadSelector(f"unknown selector kind {kind!r}; kinds: {', '.join(KINDS)}")


def parse(ref: str, region: str | None = None) -> tuple[str, str]:
    """``phone:+4670...``, ``email:a@b.se``, ``handle:name`` (or a bare number or address) -> (kind, value)."""
    ref = ref.strip()
    kind, sep, value = ref.partition(":")
    if sep and kind.lower() in KINDS:
        kind = kind.lower()
    elif "@" in ref and not ref.startswith("@"):
        kind, value = "email", ref
    elif ref.startswith("@"):
        kind, value = "handle", ref
    else:
        kind, value = "phone", ref
    return kind, normalise(kind, value, region)
