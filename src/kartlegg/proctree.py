"""CPU time and resident memory of a process tree (a Spark driver with its JVM and Python workers, a run
with its extraction workers), from Linux ``/proc``; elsewhere every figure is 0.

A process's ``cutime``/``cstime`` hold only the children it has reaped, and a process that leaves the
tree (an idle Spark worker closed by its daemon) takes its CPU with it: reading the live tree at two moments
and subtracting loses it. ``CpuLedger`` therefore keeps every process ever seen, keyed by (pid, start time),
with its last own CPU, and adds what each parent reaped beyond the children already counted: a child seen
alive and reaped later is counted once, a child too short-lived to be seen is counted through its parent.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

#: clock ticks per second of ``/proc/PID/stat``'s times
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

Key = tuple[int, int]  # (pid, start time in ticks after boot): a pid reused later is another process


def _children(pid: int) -> list[int]:
    """The children of every thread of ``pid`` (the JVM starts Spark's Python daemon from a thread of its
    own, which the main thread's list does not show)."""
    out: list[int] = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return out


def tree_pids(root: int) -> list[int]:
    """``root`` and its live descendants, every parent before its children."""
    out, frontier = [], [root]
    while frontier:
        pid = frontier.pop(0)
        if os.path.exists(f"/proc/{pid}"):
            out.append(pid)
            frontier.extend(_children(pid))
    return out


def tree_rss_bytes(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in bytes."""
    total = 0
    for pid in tree_pids(root):
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


def rss_bytes(pid: int | None = None) -> int:
    """Resident memory of one process now (this one by default), in bytes; 0 where ``/proc`` is missing."""
    try:
        with open(f"/proc/{pid or os.getpid()}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far, in bytes (``VmHWM``); 0 where ``/proc`` is missing."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass
class _Proc:
    parent: Key | None  # the parent's key when last seen inside the ledger, else None
    own: int  # utime + stime, ticks, at the last sample
    reaped: int  # cutime + cstime: the children this process has waited for
    alive: bool = True


def _stat(pid: int) -> tuple[int, int, int, int] | None:
    """(ppid, start time, own CPU, reaped children's CPU) of ``pid`` in ticks, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            f = fh.read().rsplit(")", 1)[1].split()
        return int(f[1]), int(f[19]), int(f[11]) + int(f[12]), int(f[13]) + int(f[14])
    except (OSError, ValueError, IndexError):
        return None


class CpuLedger:
    """CPU seconds that the tree under ``root`` has used since the ledger started, exited processes
    included. ``start()`` samples every ``interval`` seconds in a thread (so a process that exits without
    being reaped inside the tree loses at most one interval); ``seconds()`` samples once more and never
    goes down, so a phase's CPU is never negative."""

    def __init__(self, root: int | None = None, interval: float = 0.5) -> None:
        self.root, self.interval = root or os.getpid(), interval
        self._procs: dict[Key, _Proc] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._top = 0
        self._base = 0
        self._base = self._sample()

    def start(self) -> CpuLedger:
        self._thread = threading.Thread(target=self._loop, name="cpu-ledger", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def seconds(self) -> float:
        """The tree's CPU seconds since the ledger started (sampled now)."""
        return (self._sample() - self._base) / _TICK

    def _sample(self) -> int:
        with self._lock:
            now: dict[int, Key] = {}
            known = [pid for pid, _ in self._procs]
            for pid in dict.fromkeys(tree_pids(self.root) + known):
                st = _stat(pid)
                if st is None:
                    continue
                ppid, start, own, reaped = st
                key = (pid, start)
                if pid not in now and (key in self._procs or pid == self.root or ppid in now):
                    now[pid] = key
                    self._procs[key] = _Proc(now.get(ppid), own, reaped)
            for key, p in self._procs.items():
                p.alive = now.get(key[0]) == key
            self._top = max(self._top, self._total())
            return self._top

    def _total(self) -> int:
        """Every process's own CPU, plus what each reaped beyond the exited children already counted."""
        counted: dict[Key, int] = {}
        for p in self._procs.values():
            if not p.alive and p.parent is not None:
                counted[p.parent] = counted.get(p.parent, 0) + p.own + p.reaped
        return sum(p.own + max(0, p.reaped - counted.get(k, 0)) for k, p in self._procs.items())
