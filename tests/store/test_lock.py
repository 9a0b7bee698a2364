from __future__ import annotations

import pytest

from kartlegg.store.engine import Store
from kartlegg.store.stages import StageBusy, pipeline_lock


def test_second_holder_is_refused_and_lock_is_released(store: Store) -> None:
    with pipeline_lock(store):
        with pytest.raises(StageBusy, match="already running"):
            with pipeline_lock(store):
                pass
    with pipeline_lock(store):  # released after the first holder left
        pass
