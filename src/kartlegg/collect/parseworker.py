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
#: Limit for starting a fresh worker process and its imports (normally well under a second).
START_SECONDS = 120.0
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
        # or one replacing a killed worker) must not charge its start-up to the next ordinary page. Bounded:
        # a worker that dies while starting would leave ``Pool.apply`` waiting for ever.
        try:
            pool.apply_async(warm_up).get(START_SECONDS)
        except multiprocessing.TimeoutError:
            pool.terminate()
            raise PageRefused(f"page refused: the parser did not start within {START_SECONDS:g} s") from None
        return pool

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in the worker; ``PageRefused`` when it takes longer than the limit.

        The wait polls instead of blocking a thread on the result, so a crawl that stops (an error in
        another site, a full disk, Ctrl-C) cancels it at once rather than waiting out the page's limit."""
        async with self._lock:
            if self._pool is None:
                self._pool = await asyncio.to_thread(self._start)
            pending = self._pool.apply_async(fn, args)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + self.seconds
            pause = 0.0002
            while not pending.ready():
                if loop.time() >= deadline:
                    self._pool.terminate()  # the only way to stop a parser stuck in C code
                    self._pool = None
                    raise PageRefused(f"page refused: parsing took longer than {self.seconds:g} s")
                await asyncio.sleep(pause)
                pause = min(pause * 2, 0.01)
            result: T = pending.get()
            return result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
