from __future__ import annotations

import pytest

from kartlegg.store.migrations import bundled_migrations, split_statements


def test_split_statements_drops_comments_and_keeps_multiline_statements() -> None:
    sql = "-- a comment\nCREATE TABLE a (\n  x INT\n);\n\nCREATE INDEX i ON a (x);\n"
    assert split_statements(sql) == ("CREATE TABLE a (\n  x INT\n)", "CREATE INDEX i ON a (x)")


def test_bundled_migrations_have_unique_ascending_versions() -> None:
    versions = [m.version for m in bundled_migrations()]
    assert versions == sorted(set(versions))
    assert versions[0] == 1


@pytest.mark.parametrize("m", bundled_migrations(), ids=lambda m: m.name)
def test_every_migration_has_statements(m: object) -> None:
    assert m.statements  # type: ignore[attr-defined]
