"""Python's cycle collector paused for a stage's incremental run.

A day's link or assess allocates ~10^6 short-lived objects without cycles (features, evidence, findings, rows
read), freed by their reference counts; the collections they trigger found nothing to free (a collection
right after the link region found 0 unreachable objects) but cost ~15 % of the day's link, and the full ones
walk every object of the process. A run's cycles, if any, wait until the collector is back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off inside the block, and as it was after it, also when the block fails."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
