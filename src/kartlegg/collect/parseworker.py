"""Parsing hostile pages in a separate process with a time limit per page.

The markup caps in ``parse.markup_problem`` stop the pathologies we know of cheaply, but an HTML parser
has others (lexbor takes 2.6 s for a ``<select>`` of 20,000 unclosed options and grows quadratically), and
an adversary only needs one. So the crawler parses in a worker process: a page that takes longer than
``seconds`` is refused (``PageRefused``), the worker is killed and replaced, and the crawl goes on.
Pages are parsed one at a time, so each page's limit measures that page alone.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from multiprocessing.pool import Pool
from typing import Any, TypeVar

from kartlegg.collect.parse import PageRefused, warm_up

#: Wall-clock limit for parsing one page; a real ad or listing page takes milliseconds.
PARSE_SECONDS = 10.0
T = TypeVar("T")


class ParseWorker:
    """``await worker.run(parse_ad, html, url, site)``; ``close()`` when done."""

    def __init__(self, seconds: float = PARSE_SECONDS) -> None:
        self.seconds = seconds
        self._pool: Pool | None = None
        self._lock = asyncio.Lock()

    def _start(self) -> Pool:
        # forkserver: a clean process, not a fork of one running an event loop and database connections
        pool = multiprocessing.get_context("forkserver").Pool(1)
        # started, and the parsers' lazy imports done, before a page's clock runs: a fresh worker (the first,
        # or one replacing a killed worker) must not charge its start-up to the next ordinary page
        pool.apply(warm_up)
        return pool

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the worker; ``PageRefused`` when it takes longer than the limit."""
        async with self._lock:
            if self._pool is None:
                self._pool = await asyncio.to_thread(self._start)
            pending = self._pool.apply_async(fn, args)
            try:
                result: T = await asyncio.to_thread(pending.get, self.seconds)
                return result
            except multiprocessing.TimeoutError:
                self._pool.terminate()  # the only way to stop a parser stuck in C code
                self._pool = None
                raise PageRefused(f"page refused: parsing took longer than {self.seconds:g} s") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
