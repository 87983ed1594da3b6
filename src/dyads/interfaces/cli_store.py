"""The event store's commands on the `dyads` group: ingest, events, sql, export, info, series, blocs, shifts,
plot.  A thin layer over ``dyads.store.Store`` and ``dyads.analysis``.

Exit status: 0 on success; 1 when some input could not be read (ingest) or the store cannot be used
(file in use, cannot write the output); 2 for bad usage (unknown actor code, bad date, bad --dyad,
missing store file), each named in the message.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from dyads.interfaces.cli import main
from dyads.interfaces.values import _code, _days, _db_option, _period, _root, model_options, store_options

# ----------------------------------------------------------------------------------------- parameters


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    sides = value.split(":")
    if len(sides) != 2 or not all(s.strip() for s in sides):
        raise click.BadParameter(
            f"{value!r} is not a dyad: write SOURCE:TARGET, e.g. TUR:SYR", param_hint="'--dyad'"
        )
    return _code(sides[0], "'--dyad'"), _code(sides[1], "'--dyad'")


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--actor --dyad --directed --root --quad --since --until --doc, shared by events/export/series."""
    options = [
        click.option(
            "--actor",
            help="Events with this actor on either side: a code prefix (SYR, TURMIL, "
            "IGOUNO) or an ISO3 country.",
        ),
        click.option(
            "--dyad",
            help="Events between two actors, SOURCE:TARGET (e.g. TUR:SYR); both "
            "directions unless --directed.",
        ),
        click.option("--directed", is_flag=True, help="With --dyad: only events from SOURCE to TARGET."),
        click.option("--root", help="CAMEO root code, 01 to 20 (e.g. 19: fight)."),
        click.option(
            "--quad",
            type=click.IntRange(1, 4),
            help="Quad class: 1 verbal cooperation, "
            "2 material cooperation, 3 verbal conflict, 4 material conflict.",
        ),
        click.option("--since", help="Events dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--until", help="Events dated on or before (YYYY-MM-DD, YYYY-MM or YYYY)."),
        click.option("--doc", "doc_id", help="Events read in this document (its doc_id)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_filter(
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    doc_id: str | None = None,
) -> Any:
    from dyads.store.db import EventFilter

    start, end = _period(since, "'--since'", end=False), _period(until, "'--until'", end=True)
    if start and end and start > end:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="'--since'")
    if directed and not dyad:
        raise click.BadParameter("--directed needs --dyad", param_hint="'--directed'")
    return EventFilter(
        actor=_code(actor, "'--actor'") if actor else None,
        dyad=_dyad(dyad),
        directed=directed,
        root=_root(root),
        quad=quad,
        since=start,
        until=end,
        doc_id=doc_id,
    )


def _open(db: str, *, read_only: bool = True) -> Any:
    from dyads.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        text = str(exc)
        if "no event store" in text or "not a dyads event store" in text or "is a directory" in text:
            raise click.BadParameter(text, param_hint="'--db'") from None
        raise click.ClickException(text) from None


def _check_actors(store: Any, f: Any) -> None:
    """Unknown actor codes are usage errors naming the option."""
    from dyads.store import UnknownActor

    try:
        if f.actor:
            store.check_actor(f.actor)
    except UnknownActor as exc:
        raise click.BadParameter(str(exc), param_hint="'--actor'") from None
    try:
        for term in f.dyad or ():
            store.check_actor(term)
    except UnknownActor as exc:
        raise click.BadParameter(str(exc), param_hint="'--dyad'") from None


# ----------------------------------------------------------------------------------------- output


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):  # as DuckDB writes lists in CSV, so both CSV paths agree
        return "[" + ", ".join(_cell(v) for v in value) + "]"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def render_table(
    columns: list[tuple[str, str, int]], rows: Iterable[dict[str, Any]], what: str = "row"
) -> str:
    """A plain-text table: (key, heading, max width) columns; long cells end in an ellipsis."""
    cells = [[_cell(r.get(k)) for k, _, _ in columns] for r in rows]
    widths = [min(cap, max([len(h), *(len(c[i]) for c in cells)])) for i, (_, h, cap) in enumerate(columns)]
    term = shutil.get_terminal_size((200, 20)).columns

    def line(values: list[str]) -> str:
        parts = [
            (v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()[: max(term, 80)]

    out = [line([h for _, h, _ in columns]), line(["-" * w for w in widths])]
    out += [line(c) for c in cells]
    out.append(f"({len(cells)} {what}{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def write_rows(
    out: TextIO,
    fmt: str,
    names: list[str],
    rows: Iterable[tuple | dict[str, Any]],
    table: list[tuple[str, str, int]] | None = None,
    what: str = "row",
) -> int:
    dicts: Iterator[dict[str, Any]] = (
        r if isinstance(r, dict) else dict(zip(names, r, strict=True)) for r in rows
    )
    n = 0
    if fmt == "jsonl":
        for d in dicts:
            out.write(json.dumps(d, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for d in dicts:
            writer.writerow([_cell(d.get(k)) for k in names])
            n += 1
    else:
        materialised = list(dicts)
        cols = table or [(k, k, 30) for k in names]
        out.write(render_table(cols, materialised, what))
        n = len(materialised)
    out.flush()
    return n


EVENT_TABLE = [
    ("fused_id", "id", 16),
    ("date", "date", 10),
    ("source_code", "source", 10),
    ("cameo", "cameo", 5),
    ("cameo_name", "event", 30),
    ("target_code", "target", 10),
    ("location_name", "place", 18),
    ("fatalities", "dead", 5),
    ("n_mentions", "mentions", 8),
    ("n_sources", "sources", 7),
    ("documents", "documents", 30),
]
MENTION_TABLE = [
    ("event_id", "id", 16),
    ("date", "date", 10),
    ("source_code", "source", 10),
    ("cameo", "cameo", 5),
    ("cameo_name", "event", 30),
    ("target_code", "target", 10),
    ("location_name", "place", 18),
    ("fatalities", "dead", 5),
    ("modality", "modality", 8),
    ("doc_id", "document", 24),
    ("fused_id", "fused into", 16),
]


def _output(path: str | None) -> tuple[TextIO, bool]:
    if path is None:
        return sys.stdout, False
    try:
        return open(path, "w", encoding="utf-8", newline=""), True  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc.strerror or exc})") from None


# ----------------------------------------------------------------------------------------- ingest


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@_db_option(must_exist=False)
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@model_options
@click.option("--max-bytes", default=50 * 1024 * 1024, show_default=True, help="Largest document accepted.")
@store_options
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."
)
@click.option("-v", "--verbose", is_flag=True, help="One line on stderr per committed batch.")
def ingest_command(
    inputs: tuple[str, ...],
    db: str,
    date: str | None,
    model: str | None,
    actor_files: tuple[str, ...],
    max_bytes: int,
    batch_size: int,
    window_days: int,
    progress: bool | None,
    verbose: bool,
) -> None:
    """Code articles and store documents, event mentions and fused events in an event store.

    INPUTS as for `dyads code` (files, directories, .jsonl(.gz), - for stdin).  Articles whose text is
    already stored are skipped, so running it again after a crash or with more files only adds what is
    new.  Exit status 1 when some input could not be read (each is named on stderr).
    """
    from dyads.actors.dictionary import DictionaryError
    from dyads.parse import ModelNotFound
    from dyads.store import IngestReport, Store, StoreError

    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.strip()):
        raise click.BadParameter(f"{date!r} is not a date in the form YYYY-MM-DD", param_hint="'--date'")
    default_date = _period(date, "'--date'", end=False) if date else None
    try:
        store = Store(db, window_days=window_days)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    show = progress if progress is not None else sys.stderr.isatty()
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, leave=True, desc="ingest")

    def on_document(r: IngestReport) -> None:
        if bar is not None:
            bar.update(1)

    def on_commit(r: IngestReport) -> None:
        if bar is not None:
            bar.set_postfix(stored=r.documents, skipped=r.skipped, events=r.events_created, refresh=False)
        if verbose:
            click.echo(
                f"dyads: batch {r.batches} committed: {r.documents} documents stored, "
                f"{r.mentions} mentions, {r.events_created} events",
                err=True,
            )

    def on_error(e: Any) -> None:
        if bar is not None:
            bar.write(str(e), file=sys.stderr)
        else:
            click.echo(str(e), err=True)

    report = None
    try:
        report = store.ingest(
            list(inputs),
            model=model,
            actors=actor_files,
            default_date=default_date,
            max_bytes=max_bytes,
            batch_size=batch_size,
            on_document=on_document,
            on_commit=on_commit,
            on_error=on_error,
        )
    except (ModelNotFound, DictionaryError) as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        counts = store.counts()
        store.close()
        click.echo(
            f"dyads: interrupted; {counts['documents']} documents are in {db} (whole documents only): "
            "run the same command again to add the rest",
            err=True,
        )
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()
    counts = store.counts()
    store.close()
    ratio = f"{counts['fused_mentions'] / counts['events']:.2f}" if counts["events"] else "-"
    click.echo(
        f"dyads: {report.summary()}; {db} now holds {counts['documents']} documents, "
        f"{counts['mentions']} mentions, {counts['events']} events ({ratio} mentions per event)",
        err=True,
    )
    if report.failed:
        sys.exit(1)


# ----------------------------------------------------------------------------------------- queries


@main.command("events")
@_db_option()
@filter_options
@click.option("--mentions", "raw", is_flag=True, help="List the raw event mentions, not fused events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl", "parquet"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option("--limit", type=click.IntRange(1), help="At most this many rows.")
def events_command(
    db: str,
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    doc_id: str | None,
    raw: bool,
    fmt: str,
    output: str | None,
    limit: int | None,
) -> None:
    """List stored events (fused real-world events, or raw mentions with --mentions), oldest first.

    \b
      dyads events --dyad TUR:SYR --root 19
      dyads events --actor LBYREB --since 2020-01 --format csv -o haftar.csv
      dyads events --quad 4 --format parquet -o conflict.parquet
    """
    from dyads.store import StoreError

    f = make_filter(actor, dyad, directed, root, quad, since, until, doc_id)
    if fmt == "parquet" and not output:
        raise click.BadParameter("parquet is a binary format: give a file with -o", param_hint="'--format'")
    store = _open(db)
    try:
        _check_actors(store, f)
        sql, params = store.db.select_sql(f, mentions=raw, limit=limit)
        if fmt == "parquet":
            n = store.db.copy_to(sql, params, output, "parquet")
            click.echo(f"dyads: {n} {'mentions' if raw else 'events'} written to {output}", err=True)
            return
        names, rows = store.db.stream(sql, params)
        out, close = _output(output)
        try:
            n = write_rows(
                out, fmt, names, rows, MENTION_TABLE if raw else EVENT_TABLE, "mention" if raw else "event"
            )
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        finally:
            if close:
                out.close()
        if output:
            click.echo(f"dyads: {n} {'mentions' if raw else 'events'} written to {output}", err=True)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


@main.command("sql")
@click.argument("query")
@_db_option()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True
)
def sql_command(query: str, db: str, fmt: str) -> None:
    """Run a read-only SQL query on the store (tables: documents, mentions, events, meta).

    \b
      dyads sql "SELECT cameo_root, count(*) FROM events GROUP BY ALL ORDER BY 2 DESC"
      dyads sql "DESCRIBE mentions"

    The store is opened read-only and only SELECT/WITH/DESCRIBE/SHOW/EXPLAIN/PRAGMA statements run.
    """
    from dyads.store import StoreError

    store = _open(db)
    try:
        names, rows = store.sql(query)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    write_rows(sys.stdout, fmt, names, rows, [(n, n, 40) for n in names])


@main.command("export")
@_db_option()
@filter_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["gdelt", "acled", "parquet", "csv"]),
    required=True,
    help="gdelt: the GDELT 2.0 event table (tab-separated, no header); acled: ACLED-shaped CSV; "
    "parquet / csv: the events table as stored.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The file to write.")
@click.option(
    "--mentions", "raw", is_flag=True, help="parquet/csv: the raw mentions instead of fused events."
)
@click.option(
    "--header/--no-header",
    default=None,
    help="Column names on the first line (default: on, except for gdelt, whose files have none).",
)
def export_command(
    db: str,
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    doc_id: str | None,
    fmt: str,
    output: str,
    raw: bool,
    header: bool | None,
) -> None:
    """Export events for other tools: GDELT 2.0 and ACLED layouts, Parquet, CSV."""
    from dyads.store import StoreError

    f = make_filter(actor, dyad, directed, root, quad, since, until, doc_id)
    if raw and fmt in ("gdelt", "acled"):
        raise click.BadParameter(
            f"--mentions works with parquet and csv, not {fmt}", param_hint="'--mentions'"
        )
    store = _open(db)
    try:
        _check_actors(store, f)
        n = store.export(output, fmt, f, mentions=raw, header=header)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"dyads: {n} {'mentions' if raw else 'events'} written to {output} ({fmt})", err=True)


@main.command("info")
@_db_option()
def info_command(db: str) -> None:
    """What the store holds: documents, mentions, events, dates, publishers."""
    store = _open(db)
    try:
        s = store.summary()
    finally:
        store.close()
    ratio = f"{s['fused_mentions'] / s['events']:.2f}" if s["events"] else "-"
    click.echo(
        f"{db}\n  documents  {s['documents']} ({s['publishers']} publishers)\n"
        f"  mentions   {s['mentions']} ({s['fused_mentions']} asserted, fused)\n"
        f"  events     {s['events']} ({ratio} mentions per event)\n"
        f"  dates      {_cell(s['first_date']) or '-'} to {_cell(s['last_date']) or '-'}\n"
        f"  written by {s.get('created_by', '?')}, created {s.get('created_at', '?')}"
    )


# ----------------------------------------------------------------------------------------- analysis


@main.command("series")
@_db_option()
@filter_options
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="week", show_default=True)
@click.option("--mentions", "raw", is_flag=True, help="Count raw mentions instead of fused events.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
def series_command(
    db: str,
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    doc_id: str | None,
    by: str,
    raw: bool,
    fmt: str,
    output: str | None,
) -> None:
    """Events per day/week/month of a dyad or actor: counts by quad class, summed and mean Goldstein.

    \b
      dyads series --dyad TUR:SYR --by week
      dyads series --actor LBYREB --by month --format csv -o lna.csv
    """
    f = make_filter(actor, dyad, directed, root, quad, since, until, doc_id)
    if not (f.actor or f.dyad):
        raise click.UsageError("give --dyad A:B or --actor A: whose series?")
    store = _open(db)
    try:
        _check_actors(store, f)
        series = store.series(f, by=by, mentions=raw)
    finally:
        store.close()
    rows = [r.to_dict() for r in series.rows]
    names = [
        "period",
        "events",
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
        "goldstein_sum",
        "goldstein_mean",
    ]
    table = [
        ("period", by, 10),
        ("events", "events", 6),
        ("verbal_cooperation", "verb.coop", 9),
        ("material_cooperation", "mat.coop", 8),
        ("verbal_conflict", "verb.conf", 9),
        ("material_conflict", "mat.conf", 8),
        ("goldstein_sum", "goldstein", 9),
        ("goldstein_mean", "mean", 6),
    ]
    out, close = _output(output)
    try:
        write_rows(out, fmt, names, rows, table, by)
    finally:
        if close:
            out.close()
    if series.left_out:
        click.echo(
            f"dyads: {series.left_out} event{'s' if series.left_out != 1 else ''} dated only to a "
            f"period longer than a {by} left out",
            err=True,
        )


def _analysis_window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    start, end = _period(since, "'--since'", end=False), _period(until, "'--until'", end=True)
    if start and end and start > end:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="'--since'")
    return start, end


def network_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option("--since", help="Only events dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)."),
            click.option(
                "--until",
                help="Only events dated on or before; also the day recency is counted from "
                "(default: the latest event).",
            ),
            click.option(
                "--half-life",
                "half_life",
                default="365d",
                show_default=True,
                help="Recency weighting: an event this old weighs half (e.g. 90d, 2y; 'none': all equal).",
            ),
            click.option(
                "--min-events",
                default=1,
                show_default=True,
                type=click.IntRange(1),
                help="Ties need at least this many events.",
            ),
        ]
    ):
        f = option(f)
    return f


def _blocs(db: str, since: str | None, until: str | None, half_life: str, min_events: int) -> Any:
    start, end = _analysis_window(since, until)
    hl = _days(half_life, "'--half-life'", allow_none=True)
    store = _open(db)
    try:
        return store.blocs(since=start, until=end, half_life_days=hl, min_events=min_events)
    finally:
        store.close()


@main.command("blocs")
@_db_option()
@network_options
@click.option(
    "--evidence", default=3, show_default=True, type=click.IntRange(0), help="Ties shown per actor."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def blocs_command(
    db: str, since: str | None, until: str | None, half_life: str, min_events: int, evidence: int, fmt: str
) -> None:
    """The alliance system: blocs of actors that cooperate within and conflict between, with the evidence
    (event ids) for each membership and a structural balance score."""
    from dyads.analysis.blocs import describe

    result = _blocs(db, since, until, half_life, min_events)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    if result.network.graph.number_of_edges() == 0:
        click.echo("No ties between political actors in this window.")
        return
    click.echo(describe(result, evidence=evidence), nl=False)


@main.command("shifts")
@_db_option()
@click.option("--window", default="30d", show_default=True, help="Window length (e.g. 30d, 2w).")
@click.option("--since", help="First day considered (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--until", help="Last day considered; windows end here (default: the latest event).")
@click.option("--latest", is_flag=True, help="Only compare the last window with the one before it.")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="Show this many dyads.")
@click.option(
    "--evidence", default=3, show_default=True, type=click.IntRange(0), help="Events shown per window."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def shifts_command(
    db: str,
    window: str,
    since: str | None,
    until: str | None,
    latest: bool,
    top: int,
    evidence: int,
    fmt: str,
) -> None:
    """Dyads whose net cooperation changed sign, or moved most, between two consecutive windows, with the
    events that moved it."""
    days = _days(window, "'--window'")
    assert days is not None
    if days != int(days):
        raise click.BadParameter(f"{window!r}: give whole days", param_hint="'--window'")
    start, end = _analysis_window(since, until)
    store = _open(db)
    try:
        shifts = store.shifts(window_days=int(days), since=start, until=end, top=top, latest=latest)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([s.to_dict() for s in shifts], ensure_ascii=False, indent=1))
        return
    if not shifts:
        click.echo("No dyad has events in two consecutive windows of this period.")
        return
    for s in shifts:
        flag = "sign changed" if s.sign_change else "moved"
        click.echo(
            f"{s.label_a} - {s.label_b} [{s.a}:{s.b}]: {flag} {s.before.net:+.1f} -> {s.after.net:+.1f} "
            f"({s.delta:+.1f})"
        )
        for w in (s.before, s.after):
            click.echo(
                f"  {w.start.isoformat()} .. {w.end.isoformat()}: net {w.net:+.1f} over {len(w.events)} "
                f"event{'s' if len(w.events) != 1 else ''}"
            )
            for e in w.events[:evidence]:
                click.echo(
                    f"    {e['fused_id']} {e['date']} {e['source_code']} {e['cameo']} {e['target_code']} "
                    f"({e['cameo_name']}, {float(e['goldstein']):+g})"
                )


@main.group("plot")
def plot_group() -> None:
    """Pictures: the alliance network, a dyad's time series."""


@plot_group.command("network")
@_db_option()
@network_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    required=True,
    help="The picture: .png, .svg, .pdf, or .html (interactive, self-contained).",
)
@click.option(
    "--max-nodes",
    default=40,
    show_default=True,
    type=click.IntRange(2),
    help="Draw the actors with the strongest ties, up to this many.",
)
@click.option(
    "--max-edges",
    type=click.IntRange(1),
    help="PNG/SVG/PDF: draw at most this many ties, the strongest (default: four per actor drawn).",
)
@click.option("--title", help="Title instead of the default.")
def plot_network_command(
    db: str,
    since: str | None,
    until: str | None,
    half_life: str,
    min_events: int,
    output: str,
    max_nodes: int,
    max_edges: int | None,
    title: str | None,
) -> None:
    """Draw the alliance network: blocs coloured, cooperation green, conflict red, width by weight."""
    from dyads.analysis.plots import plot_network

    _picture_type(output, (".png", ".svg", ".pdf", ".html", ".htm"))
    result = _blocs(db, since, until, half_life, min_events)
    if result.network.graph.number_of_edges() == 0:
        raise click.ClickException("no ties between political actors in this window: nothing to draw")
    try:
        n = plot_network(result, output, max_nodes=max_nodes, max_edges=max_edges, title=title)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"dyads: {n} actors drawn to {output}", err=True)


@plot_group.command("series")
@_db_option()
@filter_options
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="week", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), required=True, help="The picture: .png .svg .pdf"
)
@click.option("--title", help="Title instead of the default.")
def plot_series_command(
    db: str,
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    doc_id: str | None,
    by: str,
    output: str,
    title: str | None,
) -> None:
    """Draw a dyad's (or actor's) events per period by quad class, with the mean Goldstein weight."""
    from dyads.analysis.plots import plot_series

    _picture_type(output, (".png", ".svg", ".pdf"))
    f = make_filter(actor, dyad, directed, root, quad, since, until, doc_id)
    if not (f.actor or f.dyad):
        raise click.UsageError("give --dyad A:B or --actor A: whose series?")
    store = _open(db)
    try:
        _check_actors(store, f)
        series = store.series(f, by=by)
    finally:
        store.close()
    if not series.rows:
        raise click.ClickException("no dated events match: nothing to draw")
    name = title or (f"{f.dyad[0]}{' -> ' if f.directed else ' - '}{f.dyad[1]}" if f.dyad else f"{f.actor}")
    try:
        plot_series(series, output, title=name)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"dyads: {series.total} events in {len(series.rows)} {by}s drawn to {output}", err=True)


def _picture_type(path: str, allowed: tuple[str, ...]) -> None:
    if Path(path).suffix.lower() not in allowed:
        raise click.BadParameter(
            f"{path!r}: the picture type comes from the extension: {', '.join(allowed)}", param_hint="'-o'"
        )
