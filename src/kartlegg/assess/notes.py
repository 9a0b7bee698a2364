"""Evidence notes as message ids with parameters, so every reader sees them in her own language.

The assess stage stores each aggregate finding's note three ways in the evidence JSON: the English
sentence (``note``: what the CLI, exports and older readers show), the message id (``msg``, a
``str.format`` template marked with ``N_`` for the Babel catalogues) and its parameters (``args``). A
reader with a language renders ``translate(msg).format(**args)`` (``render``); a parameter whose name
ends in ``_t`` is a word from the catalogue too (a contact kind). This stage knows no language: the
caller hands in its gettext.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kartlegg.i18n import N_

Args = tuple[tuple[str, Any], ...]

#: words a note names as parameters (``kind_t``), marked for the catalogues
WORDS = (N_("phone"), N_("email"), N_("handle"), N_("image"))


def text(msg: str, args: Args, translate: Callable[[str], str] | None = None) -> str:
    """The note in the reader's language (English without ``translate``); the English template when a
    translation does not fit its parameters."""
    tr = translate or (lambda s: s)
    values = {k: (tr(str(v)) if k.endswith("_t") else v) for k, v in args}
    try:
        return tr(msg).format(**values)
    except (KeyError, IndexError, ValueError):
        return msg.format(**{k: v for k, v in args})


def note(msg: str, **args: Any) -> tuple[str, str, Args]:
    """(English sentence, message id, parameters): what ``Evidence`` stores for a note."""
    pairs: Args = tuple(sorted(args.items()))
    return text(msg, pairs), msg, pairs
