"""The process tree's CPU ledger with real processes: children that exit between two readings are still
counted, once, and a phase's CPU is never negative."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap

import pytest

from kartlegg.engines.spark.job import PhaseClock
from kartlegg.proctree import CpuLedger, tree_pids

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux /proc")

#: a child that spends ``BURN`` seconds of CPU, then exits
BURN = 0.6
_BURN_CODE = f"import time\nt = time.process_time()\nwhile time.process_time() - t < {BURN}: pass\n"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def test_a_reaped_child_is_counted_once() -> None:
    ledger = CpuLedger(interval=0.02).start()
    try:
        c0, s0, l0 = _children_cpu(), _self_cpu(), ledger.seconds()
        subprocess.run([sys.executable, "-c", _BURN_CODE], check=True)  # seen alive, then reaped by us
        used = _children_cpu() - c0
        got = ledger.seconds() - l0
        mine = _self_cpu() - s0  # this process's own CPU meanwhile (the sampling thread)
    finally:
        ledger.stop()
    assert used >= BURN
    assert used - 0.05 <= got <= used + mine + 0.05  # not lost, and not counted twice (alive, then reaped)


def test_a_child_nobody_in_the_tree_reaps_is_still_counted() -> None:
    """A middle process that ignores SIGCHLD (its exited children are reaped by the kernel, and their CPU
    reaches nobody's cutime), as a daemon that closes idle workers may: only the ledger keeps it."""
    middle = textwrap.dedent(
        f"""
        import os, signal, subprocess, sys, time
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)
        pid = os.fork()
        if pid == 0:
            exec({_BURN_CODE!r})
            os._exit(0)
        while os.path.exists(f"/proc/{{pid}}"):
            time.sleep(0.01)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        subprocess.run([sys.executable, "-c", {_BURN_CODE!r}], check=True)  # a second one, reaped here
        print("done", flush=True)
        sys.stdin.read()
        """
    )
    ledger = CpuLedger(interval=0.02).start()
    proc = subprocess.Popen([sys.executable, "-c", middle], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        l0 = ledger.seconds()
        assert proc.stdout is not None and proc.stdout.readline() == "done\n"
        assert tree_pids(proc.pid) == [proc.pid]  # the worker is gone from the live tree
        got = ledger.seconds() - l0
    finally:
        proc.communicate("")
        ledger.stop()
    assert got >= 2 * BURN - 0.1  # at most a sampling interval of the first lost


def test_phases_are_never_negative_and_add_up() -> None:
    clock = PhaseClock()
    try:
        c0 = _children_cpu()
        for phase in ("a", "b", "c"):
            subprocess.run([sys.executable, "-c", _BURN_CODE], check=True)
            clock.mark(phase)
        used = _children_cpu() - c0
    finally:
        clock.close()
    cpus = [clock.info[f"cpu_{p}"] for p in ("a", "b", "c")]
    assert all(c >= BURN - 0.1 for c in cpus)
    assert sum(cpus) >= used - 0.2
    assert clock.info["mb_c"] > 0 and clock.info["peak_mb_c"] >= clock.info["mb_c"]
