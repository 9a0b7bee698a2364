"""Nothing lost: extraction killed with SIGKILL while its worker processes run resumes cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from kartlegg.extract.run import run_extract
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings
from tests.extract.test_run import _extracted, _fill

CHILD = """
import sys
from kartlegg.extract.run import run_extract
from kartlegg.store.engine import open_store
from tests.conftest import make_settings
from pathlib import Path
run_extract(open_store(make_settings(Path(sys.argv[1]))), workers=2, min_parallel=1, batch_size=40)
"""


def _done(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM ad_extractions")).scalar_one())


def test_sigkill_during_parallel_extraction_then_rerun_equals_one_clean_run(tmp_path: Path) -> None:
    killed, clean = open_store(make_settings(tmp_path / "k")), open_store(make_settings(tmp_path / "c"))
    try:
        n = _fill(killed, seed=4, n_persons=200, days=60)
        assert _fill(clean, seed=4, n_persons=200, days=60) == n and n > 1000
        root = Path(__file__).resolve().parents[2]
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "k")], cwd=root, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _done(killed) < 200:
            assert proc.poll() is None, "extraction finished before it could be killed: use more ads"
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes
        proc.wait(timeout=30)
        partial = _done(killed)
        assert 0 < partial < n, "the kill must land in the middle of the run"

        assert run_extract(killed, workers=2, min_parallel=1, batch_size=40)["versions"] == n - partial
        run_extract(clean, workers=1)
        assert _done(killed) == n
        assert _extracted(killed) == _extracted(clean)  # every row once, the same rows
    finally:
        killed.close()
        clean.close()
