"""The cycle collector pause of a stage's incremental run (``kartlegg.cycles``)."""

from __future__ import annotations

import gc

import pytest

from kartlegg.cycles import collector_paused


def test_the_collector_is_off_inside_and_back_on_after_a_failure() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("disk full")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
