"""`dyads run`: code a corpus on a Dask cluster into partitioned Parquet.  A thin layer over dyads.scale.

Exit status: 0 when every input was read and every partition coded; 1 when some input or document could
not be read or coded (each is listed in OUT/errors.jsonl and on stderr; the rest is coded), or a
partition failed on every retry; 2 for bad usage or a run that cannot start (bad --out, no scheduler).
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from dyads.interfaces.cli import _date, main


@main.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False),
    help="Output folder: OUT/month=YYYY-MM/part-*.parquet, OUT/_manifest/, OUT/errors.jsonl.",
)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); default: local.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes of the local cluster (default: one per CPU). Not with --scheduler.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Documents per partition: the unit of work, of retry and of resuming.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=128,  # dyads.parse.BATCH_LINES (not imported here: it loads spaCy)
    show_default=True,
    help="Lines per spaCy batch (also at most 25,000 characters).",
)
@click.option(
    "--date", "date", callback=_date, help="Publication date (YYYY-MM-DD) for inputs that carry none."
)
@click.option(
    "--model", default=None, help="spaCy pipeline: installed package name or path (on every worker)."
)
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(),
    help="Extra actor dictionary (YAML); repeatable.",
)
@click.option("--max-bytes", default=50 * 1024 * 1024, show_default=True, help="Largest document accepted.")
@click.option(
    "--retries", type=click.IntRange(min=0), default=3, show_default=True, help="Retries per partition."
)
@click.option(
    "--prune",
    is_flag=True,
    help="Delete the output of finished partitions these inputs no longer produce (inputs changed).",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."
)
def run_command(
    inputs: tuple[str, ...],
    out: str,
    scheduler: str | None,
    workers: int | None,
    partition_size: int,
    batch_size: int,
    date: dt.date | None,
    model: str | None,
    actor_files: tuple[str, ...],
    max_bytes: int,
    retries: int,
    prune: bool,
    progress: bool | None,
) -> None:
    """Code INPUTS (files, directories; JSONL files are split by line ranges) on a Dask cluster.

    Finished partitions are recorded in OUT/_manifest and skipped when the same command runs again, so
    an interrupted run is resumed by repeating it.  Read the output with DuckDB:

        SELECT * FROM read_parquet('OUT/**/*.parquet', hive_partitioning = true)
    """
    from dyads.scale import RunError, run

    if scheduler and workers:
        raise click.UsageError("--workers starts a local cluster; with --scheduler the cluster has its own")
    try:
        report = run(
            list(inputs),
            out,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            batch_size=batch_size,
            model=model,
            actors=actor_files,
            default_date=date,
            max_bytes=max_bytes,
            retries=retries,
            prune=prune,
            progress=sys.stderr.isatty() if progress is None else progress,
        )
    except RunError as exc:
        click.echo(f"dyads run: {exc}", err=True)
        sys.exit(2)
    for failed in report.failed_partitions:
        click.echo(
            f"dyads: partition {failed['partition']} ({failed['inputs']}): {failed['reason']}", err=True
        )
    click.echo(report.summary(), err=True)
    if report.errors or report.failed_partitions:
        click.echo(f"dyads run: failures are listed in {out}/errors.jsonl", err=True)
        sys.exit(1)
