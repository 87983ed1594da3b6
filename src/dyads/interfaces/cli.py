"""The command line: a thin layer over the pipeline."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

import click

from dyads import __version__
from dyads.interfaces.values import model_options


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyads")
def main() -> None:
    """dyads: news text to coded political events (who did what to whom, when, where)."""


@main.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--date", "date", callback=_date, help="Publication date (YYYY-MM-DD) for inputs that carry none."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not stdout."
)
@click.option(
    "--all",
    "include_all",
    is_flag=True,
    help="Also output negated, hypothetical and merely intended events, with their modality.",
)
@click.option("--model", default=None, help="spaCy pipeline: installed package name or path.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(),
    help="Extra actor dictionary (YAML); may be repeated.",
)
@click.option("--max-bytes", default=50 * 1024 * 1024, show_default=True, help="Largest document accepted.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."
)
def code_command(
    inputs: tuple[str, ...],
    date: dt.date | None,
    fmt: str,
    output: str | None,
    include_all: bool,
    model: str | None,
    actor_files: tuple[str, ...],
    max_bytes: int,
    progress: bool | None,
) -> None:
    """Code articles into events.  INPUTS: .txt, .html, .jsonl, .rss/.atom, .warc(.gz) files, feed lists
    (.feeds), directories, or - for stdin.

    Exit status: 0 when every input was read, 1 when some could not be (each is named on stderr; the
    others are still coded), 2 for bad usage.
    """
    from dyads.actors.dictionary import DictionaryError
    from dyads.ingest import IngestError, ignored_summary, read_inputs
    from dyads.output.writers import EventWriter
    from dyads.parse import ModelNotFound
    from dyads.pipeline import Pipeline

    try:
        pipeline = Pipeline(model, actor_files)
    except (ModelNotFound, DictionaryError) as exc:
        raise click.ClickException(str(exc)) from None

    failures = 0
    ok_docs = 0
    ignored: Counter[str] = Counter()  # crawl records skipped on purpose (requests, images, 404s ...)

    def documents():  # noqa: ANN202 - generator of Documents; errors are reported as they come
        nonlocal failures
        own_output = Path(output).resolve() if output else None
        for item in read_inputs(list(inputs), default_date=date, max_bytes=max_bytes, ignored=ignored):
            if own_output is not None and item.origin and Path(item.origin).resolve() == own_output:
                continue  # `dyads code corpus/ -o corpus/events.jsonl` must not read its own output
            if isinstance(item, IngestError):
                failures += 1
                _note(str(item))
                continue
            yield item

    out: TextIO = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    writer = EventWriter(out, fmt)
    show = (
        progress
        if progress is not None
        else (
            sys.stderr.isatty()
            and (
                len(inputs) > 1
                or any(Path(i).is_dir() or i.endswith((".jsonl", ".jsonl.gz")) for i in inputs)
            )
        )
    )
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, leave=True)
    try:
        for coded in pipeline.code_documents(documents()):
            ok_docs += 1
            for event in coded.events + (coded.suppressed if include_all else []):
                writer.write(event)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(events=writer.count, failed=failures, refresh=False)
        writer.close()
    except BrokenPipeError:  # `dyads code ... | head`
        sys.stderr.close()
        sys.exit(0)
    finally:
        if bar is not None:
            bar.close()
        if output:
            out.close()
    if output or fmt != "table":
        _note(
            f"dyads: {ok_docs} document{'s' if ok_docs != 1 else ''} coded, {writer.count} events"
            + (f", {failures} input{'s' if failures != 1 else ''} could not be read" if failures else "")
            + (f", {ignored_summary(ignored)}" if ignored else ""),
            quiet_unless_tty=not output,
        )
    if failures:
        sys.exit(1)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--corpus", type=click.Path(dir_okay=False), help="Corpus JSONL(.gz) that document-level gold refers to."
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--show-errors", default=0, show_default=True, help="List this many misses and false positives."
)
@model_options
def eval_command(
    gold: tuple[str, ...],
    corpus: str | None,
    as_json: bool,
    show_errors: int,
    model: str | None,
    actor_files: tuple[str, ...],
) -> None:
    """Score the coder against gold files (sentence-level or document-level JSONL; see the README)."""
    from dyads.actors.dictionary import DictionaryError
    from dyads.evaluation.scorer import GoldError, evaluate, render
    from dyads.parse import ModelNotFound
    from dyads.pipeline import Pipeline

    try:
        pipeline = Pipeline(model, actor_files)
        reports = [evaluate(pipeline, Path(g), Path(corpus) if corpus else None, show_errors) for g in gold]
    except (GoldError, ModelNotFound, DictionaryError) as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        click.echo(render(reports), nl=False)


@main.command("actors")
@click.option(
    "--unknown",
    "inputs",
    multiple=True,
    required=True,
    type=click.Path(),
    help="Corpus to scan (files, directories, JSONL; repeatable).",
)
@click.option("--top", default=50, show_default=True, help="How many names to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--date", "date", callback=_date, help="Publication date for inputs that carry none.")
@model_options
def actors_command(
    inputs: tuple[str, ...],
    top: int,
    fmt: str,
    date: dt.date | None,
    model: str | None,
    actor_files: tuple[str, ...],
) -> None:
    """List the names that take part in events but resolve to no actor, most frequent first."""
    from dyads.actors.dictionary import DictionaryError
    from dyads.evaluation.coverage import unknown_actors
    from dyads.ingest import IngestError, read_inputs
    from dyads.parse import ModelNotFound
    from dyads.pipeline import Pipeline

    try:
        pipeline = Pipeline(model, actor_files)
    except (ModelNotFound, DictionaryError) as exc:
        raise click.ClickException(str(exc)) from None
    failures = 0

    def documents():  # noqa: ANN202
        nonlocal failures
        for item in read_inputs(list(inputs), default_date=date):
            if isinstance(item, IngestError):
                failures += 1
                _note(str(item))
            else:
                yield item

    found = unknown_actors(pipeline, documents())[:top]
    if fmt == "jsonl":
        for u in found:
            row = {"text": u.text, "label": u.label, "count": u.count, "examples": u.examples}
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        for u in found:
            click.echo(f"{u.count:6d}  {u.label:<6}  {u.text}")
            for ex in u.examples[:1]:
                click.echo(f"        e.g. {ex[:150]}")
    if failures:
        sys.exit(1)


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of an output event."""
    from dyads.output.writers import event_schema

    click.echo(json.dumps(event_schema(), indent=2))


def _note(message: str, quiet_unless_tty: bool = False) -> None:
    if quiet_unless_tty and not sys.stderr.isatty():
        return
    click.echo(message, err=True)


# the store, query and analysis commands live beside this file and register themselves on `main`
from dyads.interfaces import cli_run, cli_serve, cli_store, cli_watch  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    main()
