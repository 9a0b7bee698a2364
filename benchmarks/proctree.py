"""Peak resident memory and CPU of a process and all its descendants (parser processes, extraction
workers, Spark's JVM and Python workers), sampled in a thread; the readings are ``kartlegg.proctree``'s.
"""

from __future__ import annotations

import threading

from kartlegg.proctree import CpuLedger, tree_rss_bytes


class PeakSampler(threading.Thread):
    """Samples the tree under ``root`` every ``interval`` seconds until ``stop.set()``: ``peak`` resident
    bytes, and ``cpu`` seconds since the sampler was made (exited descendants included: ``CpuLedger``)."""

    def __init__(self, root: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak = 0
        self.cpu = 0.0  # the tree's CPU seconds at the last sample
        self.stop = threading.Event()
        self._ledger = CpuLedger(root)

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            self.peak = max(self.peak, tree_rss_bytes(self.root))
            self.cpu = self._ledger.seconds()
