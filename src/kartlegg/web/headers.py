"""Security headers the workbench adds besides its Content-Security-Policy (see ``app.SecurityHeaders``).

``Permissions-Policy`` always: the workbench needs no camera, microphone, location, payment or USB, so a
script injected through attacker-written ad text could not ask for them either. ``Strict-Transport-Security``
only when the operator says the workbench is reached over TLS (``KARTLEGG_WEB_BEHIND_TLS=1``, typically a
TLS proxy in front): sent over plain http it would lock browsers out of a lab install for a year.
"""

from __future__ import annotations

import os

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), clipboard-read=(), display-capture=(), fullscreen=(), "
    "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), "
    "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()"
)
HSTS = "max-age=31536000; includeSubDomains"
BEHIND_TLS_ENV = "KARTLEGG_WEB_BEHIND_TLS"


def behind_tls() -> bool:
    """Whether the operator declared that browsers reach the workbench over https."""
    return os.environ.get(BEHIND_TLS_ENV, "").strip().lower() in ("1", "true", "yes")


def extra_security_headers() -> list[tuple[bytes, bytes]]:
    """Headers for every response, read once when the app is built."""
    headers = [(b"permissions-policy", PERMISSIONS_POLICY.encode())]
    if behind_tls():
        headers.append((b"strict-transport-security", HSTS.encode()))
    return headers
