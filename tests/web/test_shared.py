"""The shared results of the dashboard, statistics and map: one recomputation at a time once expired."""

from __future__ import annotations

import threading

import pytest

from kartlegg.web.deps import Shared


def test_a_fresh_result_is_shared_and_an_expired_one_is_computed_again() -> None:
    calls: list[int] = []
    fresh: Shared[str, int] = Shared(ttl=3600)
    assert fresh.get("k", lambda: calls.append(1) or 1) == 1
    assert fresh.get("k", lambda: calls.append(2) or 2) == 1  # within ttl: not computed again
    assert fresh.get("other", lambda: 3) == 3
    expired: Shared[str, int] = Shared(ttl=0)
    assert expired.get("k", lambda: 1) == 1
    assert expired.get("k", lambda: 2) == 2  # expired, nobody refreshing: this request computes


def test_while_one_request_recomputes_an_expired_result_the_others_get_the_previous_one() -> None:
    shared: Shared[str, str] = Shared(ttl=0)
    shared.get("k", lambda: "old")
    started, release = threading.Event(), threading.Event()
    got: list[str] = []

    def slow() -> str:
        started.set()
        release.wait(10)
        return "new"

    refresher = threading.Thread(target=lambda: got.append(shared.get("k", slow)))
    refresher.start()
    assert started.wait(10)
    computed: list[str] = []
    # another user meanwhile: served the previous result at once, without a computation of its own
    assert shared.get("k", lambda: computed.append("second") or "second") == "old"
    assert computed == []
    release.set()
    refresher.join(10)
    assert got == ["new"]
    assert shared.get("k", lambda: "newer") == "newer"  # ttl 0: the next request refreshes again


def test_a_failed_recomputation_lets_the_next_request_try_again() -> None:
    shared: Shared[str, int] = Shared(ttl=0)
    shared.get("k", lambda: 1)

    def broken() -> int:
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        shared.get("k", broken)
    assert shared.get("k", lambda: 2) == 2
