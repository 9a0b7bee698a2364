"""`kartlegg extract` with plain options starts without the typer app; it must read them as the app does."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.cli import build_app
from kartlegg.cli.stream import WINDOW, plain_args

TOKENS = ["--region", "--window", "NO", "se", "x", "5", "0", "007", "-5", "1e3", " 5", "٣", "--region=DK",
          "--window=12", "--window=0", "--region=", "--", "-h", "--help", "--verbose", "=", "--Region"]  # fmt: skip


def _typer_params(argv: list[str]) -> dict[str, Any] | None:
    """What the typer app passes to ``extract`` for ``kartlegg extract ARGV``, or None where it refuses."""
    group = typer.main.get_command(build_app(("extract",)))
    command = group.get_command(group.make_context("kartlegg", ["extract"]), "extract")  # type: ignore[attr-defined]
    try:
        return dict(command.make_context("extract", list(argv)).params)
    except (typer.Exit, Exception):  # usage errors, --help
        return None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=4))
def test_plain_options_are_read_as_the_typer_app_reads_them(argv: list[str]) -> None:
    plain = plain_args(["extract", *argv])
    if plain is not None:
        assert {"region": None, "window": WINDOW, **plain} == _typer_params(argv), argv


def test_only_the_extract_command_with_its_own_options_takes_the_plain_path() -> None:
    assert plain_args(["extract"]) == {}
    assert plain_args(["extract", "--region", "NO", "--window=5"]) == {"region": "NO", "window": 5}
    for argv in (
        ["extract", "--help"],
        ["extract", "--window", "0"],
        ["ingest", "x"],
        [],
        ["extract", "--region"],
        ["extract", "--region", "NOR"],  # the app's command reports it
    ):
        assert plain_args(argv) is None, argv


def test_the_stream_filter_starts_without_typer_pydantic_or_rich(tmp_path: Any) -> None:
    """The typer app reads every option through pydantic; the plain path, the lexicons and the stream need
    neither typer nor pydantic nor rich (each is ~0.1 s of start-up)."""
    code = (
        "import sys; sys.argv = ['kartlegg', 'extract', '--region', 'NO']; from kartlegg.cli import main; main(); "
        "print(sorted(m for m in ('pydantic', 'rich', 'sqlalchemy', 'typer') if m in sys.modules), file=sys.stderr)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], input=b'{"id": "1", "site": "s", "body": "Ring 412 34 567"}\n',
        capture_output=True, env={"KARTLEGG_HOME": str(tmp_path), "PATH": ""}, check=True,
    )  # fmt: skip
    assert b"+4741234567" in res.stdout
    assert res.stderr.decode().strip().splitlines()[-1] == "[]"


def test_the_stream_passes_each_ads_own_date_to_extraction(monkeypatch: Any) -> None:
    """A page's compact date is furniture only near the ad's own date (``dates.near``, session 39): the stream reads
    each record's ``posted_at`` and hands it on, so "(20150612)" on an ad posted in 2026 is her Danish number, on an
    ad posted in 2015 the page's date (mutant: the date dropped — the first reads as a date, fails)."""
    import io

    import orjson

    from kartlegg.cli import stream

    ads = [
        {
            "id": "1",
            "site": "s",
            "posted_at": "2026-04-12T10:00:00Z",
            "title": "Mia (20150612)",
            "body": "Ring 28528171",
        },
        {
            "id": "2",
            "site": "s",
            "posted_at": "2015-06-13T10:00:00Z",
            "title": "Mia (20150612)",
            "body": "Ring 28528171",
        },
    ]
    out = io.BytesIO()
    stdin = io.TextIOWrapper(io.BytesIO(b"".join(orjson.dumps(a) + b"\n" for a in ads)))
    stdout = io.TextIOWrapper(out)
    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stdout", stdout)
    assert stream.run(region="DK") == 0
    stdout.flush()
    rows = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["phones"] == ["+4520150612", "+4528528171"] and not rows[0]["furniture"]
    assert rows[1]["phones"] == ["+4528528171"]
    assert rows[1]["furniture"] == [{"value": "+4520150612", "reason": "date", "field": "title"}]
