"""Spine commands: ingest, analyze, status."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from kartlegg.cli.common import console, fail, no_space_exit, out, progress_bars, stage_bars, store_or_fail
from kartlegg.collect.ingest import BATCH_SIZE, IngestInputError, ingest_paths
from kartlegg.pipeline import analyze as run_analyze
from kartlegg.store import ads as ads_store
from kartlegg.store import audit
from kartlegg.store.stages import StageBusy, last_runs


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="JSONL/CSV files (optionally .gz) or folders of them.")],
    batch_size: Annotated[
        int, typer.Option(min=1, max=1_000_000, help="Ads per committed batch (a crash loses at most one batch).")
    ] = BATCH_SIZE,
    allow_erased: Annotated[
        str | None,
        typer.Option(
            "--allow-erased",
            metavar="REASON",
            help="Take in again ads that were erased (left out and counted otherwise); the decision is audited "
            "with this reason.",
        ),
    ] = None,
) -> None:
    """Load ad dumps into the store (idempotent; a changed ad becomes a new version). Ads erased earlier
    are left out and counted.

    Example: kartlegg ingest dumps/2026-03-01.jsonl.gz dumps/older/
    """
    if allow_erased is not None and len(allow_erased.strip()) < 5:
        fail("--allow-erased needs the reason for taking erased ads in again (at least 5 characters)")
    with store_or_fail() as store, progress_bars() as progress:
        task = progress.add_task("ingest", total=None)

        def report(rej: Any) -> None:
            console.print(str(rej), markup=False)

        try:
            result = ingest_paths(
                store,
                paths,
                on_record=lambda n: progress.advance(task, n),
                on_reject=report,
                batch_size=batch_size,
                allow_erased=allow_erased is not None,
            )
        except IngestInputError as exc:
            fail(str(exc))
        except Exception as exc:
            no_space_exit(exc, needed=_input_size(paths))
            if isinstance(exc, OSError):
                fail(f"cannot read input: {exc}")
            raise
        if result.erased_readmitted:
            with store.begin() as conn:
                audit.record(
                    conn,
                    actor=store.settings.actor,
                    action="readmit",
                    object_type="ads",
                    justification=(allow_erased or "").strip(),
                    details={"ads": result.erased_readmitted, "files": [str(p) for p in paths][:20]},
                )
    for problem in result.file_errors:
        console.print(problem, markup=False)
    out.print(
        f"{result.read} ads read from {result.files} file(s), {result.new_versions} new ad versions stored, "
        f"{result.rejected_count} lines rejected"
        + (f", {len(result.file_errors)} file(s) broken off" if result.file_errors else "")
        + (f", {result.erased_skipped} erased ads left out" if result.erased_skipped else "")
        + (f", {result.erased_readmitted} erased ads taken in again" if result.erased_readmitted else "")
    )
    if result.rejected_count or result.file_errors:
        raise typer.Exit(1)


def _input_size(paths: list[Path]) -> str:
    """What the run was asked to store, for a disk-full message (the store needs room for at least that)."""
    from kartlegg.collect.adfile import expand_paths

    total = sum(f.stat().st_size for f in expand_paths(paths) if f.is_file())
    return f"The input files total {total / 1_000_000:,.1f} MB on disk (more once gunzipped)."


def analyze(
    region: Annotated[
        str | None, typer.Option(help="Default country (e.g. SE) for numbers written without a code.")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=64, help="Extraction processes for a large backlog (default: one per core, max 4)."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(help="embedded (one machine, the default) or spark (extract and link on Spark; docs/scale.md)."),
    ] = "embedded",
    master: Annotated[
        str, typer.Option(help="Spark master with --engine spark: local[2] (default), local[*] or spark://HOST:7077.")
    ] = "local[2]",
    stage_dir: Annotated[
        Path | None,
        typer.Option(help="With --engine spark: where the input is staged as Parquet (a path every worker reads)."),
    ] = None,
    driver_memory: Annotated[str, typer.Option(help="With --engine spark: the driver's heap, e.g. 2g.")] = "2g",
    executor_memory: Annotated[
        str, typer.Option(help="With --engine spark: each executor's heap; must fit a worker (e.g. 4g).")
    ] = "1g",
    partitions: Annotated[
        int, typer.Option(min=1, max=100_000, help="With --engine spark: partitions of each stage (default 8).")
    ] = 8,
) -> None:
    """Run every pipeline stage over what is new since the last run.

    Examples: kartlegg analyze --region NO --workers 1;
    kartlegg analyze --engine spark --master spark://10.0.0.5:7077 --stage-dir /shared/kartlegg-stage
    """
    if engine not in ("embedded", "spark"):
        fail(f"--engine {engine!r}: use embedded or spark")
    if engine == "embedded" and (master != "local[2]" or stage_dir is not None):
        fail("--master and --stage-dir need --engine spark")
    with store_or_fail() as store, progress_bars() as progress:
        try:
            if engine == "spark":
                from kartlegg.engines.spark.job import run_spark
                from kartlegg.engines.spark.session import SparkConfigError, check_master

                try:
                    check_master(master, driver_memory, executor_memory)
                except SparkConfigError as exc:
                    fail(str(exc))
                results = run_spark(
                    store,
                    master=master,
                    region=region,
                    stage_dir=stage_dir,
                    driver_memory=driver_memory,
                    executor_memory=executor_memory,
                    partitions=partitions,
                    progress=stage_bars(progress),
                )
            else:
                results = run_analyze(store, region=region, workers=workers, progress=stage_bars(progress))
        except StageBusy as exc:
            fail(str(exc))
    for stage, info in results.items():
        out.print(f"{stage}: " + ", ".join(f"{k} {v}" for k, v in info.items()))


def status() -> None:
    """What is stored and when each stage last ran.

    Example: kartlegg status
    """
    with store_or_fail() as store, store.connect() as conn:
        counts = ads_store.counts(conn)
        runs = last_runs(conn)
    table = Table(title=f"kartlegg store ({store.dialect})")
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in counts.items():
        table.add_row(k, str(v))
    out.print(table)
    stages = Table(title="stages")
    for col in ("stage", "last run", "status", "details"):
        stages.add_column(col)
    for r in runs:
        stages.add_row(
            r.stage, r.finished_at or r.started_at, r.status, ", ".join(f"{k} {v}" for k, v in r.info.items())
        )
    if not runs:
        stages.add_row("-", "never", "-", "run `kartlegg analyze`")
    out.print(stages)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(analyze)
    app.command()(status)
