"""Readers never wait on the pipeline (PostgreSQL): while `kartlegg analyze` holds a write transaction open,
a workbench page answers, audit row included, and shows what was committed before, not the half-written run.

The pipeline runs for real (``kartlegg.pipeline.analyze``) on its own store handle, as the CLI process would;
just before each of its commits, with that transaction's locks still held, a logged-in analyst opens the
profile list through the workbench on a second handle, as the server process would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from tests.conftest import make_settings
from tests.web.conftest import _clients, load_market

from kartlegg.pipeline import analyze
from kartlegg.store.engine import Store, open_store

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_handles(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    pipeline = open_store(make_settings(tmp_path, pg_url))
    web = open_store(make_settings(tmp_path, pg_url))
    yield pipeline, web
    web.close()
    pipeline.close()


def test_page_answers_with_the_old_data_while_analyze_writes(two_handles: tuple[Store, Store]) -> None:
    pipeline, web = two_handles
    load_market(pipeline)
    with pipeline.begin() as conn:  # a stored profile no ad supports any more: the run's commit removes it
        conn.execute(
            text(
                "INSERT INTO profiles (id, network_id, first_seen, last_seen, data) "
                "VALUES ('p-gone', NULL, '2026-02-01', '2026-02-01', '{\"aliases\": [\"Gone\"]}')"
            )
        )
    make = next(_clients(web))
    analyst = make("analyst")
    before = analyst.get("/profiles")
    assert before.status_code == 200 and "p-gone" in before.text

    seen: list[tuple[bool, int, str]] = []  # (p-gone removed by the open transaction only, status, page)
    me = threading.get_ident()

    def page_during(conn: Any) -> None:
        if threading.get_ident() != me:  # the page's own audit commit
            return
        gone_inside = conn.execute(text("SELECT 1 FROM profiles WHERE id = 'p-gone'")).first() is None
        with web.connect() as c:
            committed = c.execute(text("SELECT 1 FROM profiles WHERE id = 'p-gone'")).first() is not None
        answer: dict[str, Any] = {}
        reader = threading.Thread(target=lambda: answer.update(r=analyst.get("/profiles")), daemon=True)
        reader.start()
        reader.join(60)  # a guard against a hang, not a timing: a waiting page never returns
        if reader.is_alive():
            with web.connect() as c:
                waits = c.execute(
                    text("SELECT left(query, 80) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                ).all()
            raise AssertionError(f"the page waits on the pipeline's open transaction: {waits}")
        seen.append((gone_inside and committed, answer["r"].status_code, answer["r"].text))

    event.listen(pipeline.engine, "commit", page_during)
    try:
        analyze(pipeline, region="SE", workers=1)
    finally:
        event.remove(pipeline.engine, "commit", page_during)

    assert seen and all(status == 200 for _, status, _ in seen)
    rewrites = [page for removed, _, page in seen if removed]
    assert rewrites, "no commit of the run replaced the market's profiles"
    assert all("p-gone" in page for page in rewrites)  # the committed state, not the half-written run
    after = analyst.get("/profiles")
    assert after.status_code == 200 and "p-gone" not in after.text
