"""Peak resident memory of a process and all its descendants (parser processes, extraction workers).

Shared by the benchmarks: summed RSS of the tree, sampled from Linux /proc in a thread (0 elsewhere).
"""

from __future__ import annotations

import os
import threading


def _children(pid: int) -> list[int]:
    """The children of every thread of ``pid`` (the JVM starts Spark's Python daemon from a thread of its
    own, which the main thread's list does not show)."""
    out: list[int] = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def tree_rss_bytes(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in bytes."""
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            frontier.extend(_children(pid))
        except (OSError, ValueError):
            continue
    return total


def tree_cpu_seconds(root: int) -> float:
    """CPU time (user + system) of ``root`` and its live descendants, with the reaped children each has
    waited for; a process that exited unreaped is missed, so take the last sample before the tree ends."""
    total, frontier = 0, [root]
    tick = os.sysconf("SC_CLK_TCK")
    while frontier:
        pid = frontier.pop()
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
            frontier.extend(_children(pid))
        except (OSError, ValueError, IndexError):
            continue
    return total / tick


class PeakSampler(threading.Thread):
    """Samples ``tree_rss_bytes(root)`` every ``interval`` seconds until ``stop.set()``; ``peak`` in bytes."""

    def __init__(self, root: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak = 0
        self.cpu = 0.0  # the tree's CPU seconds at the last sample (see ``tree_cpu_seconds``)
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            self.peak = max(self.peak, tree_rss_bytes(self.root))
            self.cpu = max(self.cpu, tree_cpu_seconds(self.root))
