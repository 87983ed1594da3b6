"""`dyads watch`: keep an event store current from news feeds, polling them on a schedule.

    dyads watch world.rss africa.atom --db news.duckdb --every 15m
    dyads watch my.feeds --once                      # one poll, e.g. from cron

Each poll reads every feed again, skips the entries already stored (same URL, or same text), codes and
stores the new ones, and prints one line.  The store file is opened for the poll only, so other `dyads`
commands can query it between polls.  Ctrl-C (SIGINT) or SIGTERM stops reading, codes and commits what
was already read, and exits; a second one stops at once, losing only the uncommitted batch, which the
next run stores again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import click

from dyads.interfaces.cli import main
from dyads.interfaces.values import _db_option, model_options, store_options

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])", re.IGNORECASE)


def parse_every(value: str) -> float:
    """Seconds in '30s', '15m', '1h', '1h30m', '1d'."""
    text = value.strip().replace(" ", "")
    parts = _EVERY.findall(text)
    seconds = sum(float(n) * _UNITS[u.lower()] for n, u in parts)
    if not parts or "".join(n + u for n, u in parts).lower() != text.lower() or seconds <= 0:
        raise click.BadParameter(
            f"{value!r} is not an interval (a number and a unit: 30s, 15m, 1h, 1h30m, 1d)",
            param_hint="'--every'",
        )
    return seconds


@dataclass
class PollResult:
    new: int = 0  # documents stored by this poll
    seen: int = 0  # entries already in the store (by URL or text), or repeated across feeds
    failed: list[Any] = field(default_factory=list)  # IngestErrors, and a store that could not be opened
    events_created: int = 0
    events_updated: int = 0
    stored: int | None = None  # documents in the store after the poll (None: it could not be opened)
    ignored: Counter[str] = field(default_factory=Counter)
    repeated: int = 0  # entries that failed the same way in an earlier poll: not reported again


class Stopper:
    """SIGINT/SIGTERM handlers for the watch: the first signal asks for a clean stop (the poll finishes
    the documents it has read and commits them), a second one stops at once (KeyboardInterrupt)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> Stopper:
        for sig in (signal.SIGINT, signal.SIGTERM):
            # outside the main thread (an embedding application) there are no handlers to install
            with contextlib.suppress(ValueError):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        self.event.set()
        name = signal.Signals(signum).name
        click.echo(f"dyads: {name}: stopping after the documents already read (again to stop now)", err=True)

    @property
    def stopped(self) -> bool:
        return self.event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep until the next poll; True when asked to stop meanwhile."""
        return self.event.wait(max(0.0, seconds))


def poll(
    feeds: Sequence[str],
    db: str,
    *,
    stop: threading.Event | None = None,
    model: str | None = None,
    actors: Sequence[str] = (),
    max_bytes: int = 50 * 1024 * 1024,
    batch_size: int = 64,
    window_days: int = 1,
    on_error: Any = None,
    on_commit: Any = None,
    reported: set[tuple[str, str]] | None = None,
) -> PollResult:
    """Read the feeds once and store their new entries.  A feed that cannot be read is reported (in
    ``failed`` and through ``on_error``) and the others are still stored; a store that cannot be
    opened (in use by another writer) fails this poll only.

    ``reported``, kept by the caller across polls, holds the entries that failed already (an entry
    without text stays in a feed for days): they are counted in ``repeated``, not reported again.  A
    whole feed that cannot be read is reported at every poll."""
    from dyads.ingest import IngestError, read_inputs
    from dyads.store import Store, StoreError

    result = PollResult()

    def entries() -> Iterator[Any]:
        for item in read_inputs(list(feeds), max_bytes=max_bytes, ignored=result.ignored):
            if stop is not None and stop.is_set():
                return  # what was read is still coded and committed; the rest waits for the next run
            if isinstance(item, IngestError) and reported is not None and "#" in (item.origin or ""):
                # an entry's failure, keyed by its feed and reason (the reason names the entry's link; its
                # position in the feed moves as new entries arrive)
                key = (item.origin.rsplit("#", 1)[0], item.reason)
                if key in reported:
                    result.repeated += 1
                    continue
                reported.add(key)
            yield item

    try:
        store = Store(db, window_days=window_days)
    except StoreError as exc:
        error = IngestError(db, f"event store not available this poll ({exc})")
        result.failed.append(error)
        if on_error is not None:
            on_error(error)
        return result
    with store:
        report = store.ingest(
            entries(),
            model=model,
            actors=actors,
            batch_size=batch_size,
            on_error=on_error,
            on_commit=on_commit,
            skip_known_urls=True,
        )
        result.stored = store.counts()["documents"]
    result.new, result.seen = report.documents, report.skipped
    result.failed.extend(report.failed)
    result.events_created, result.events_updated = report.events_created, report.events_updated
    return result


def poll_line(n: int, r: PollResult, db: str, when: dt.datetime) -> str:
    from dyads.ingest import ignored_summary

    s = "s" if r.events_created != 1 else ""
    line = (
        f"{when:%Y-%m-%d %H:%M:%S} poll {n}: {r.new} new, {r.seen} seen, {len(r.failed)} failed"
        + (f" (+{r.repeated} failed before)" if r.repeated else "")
        + f"; {r.events_created} new event{s}, {r.events_updated} updated"
    )
    if r.stored is not None:
        line += f"; {db} holds {r.stored} document{'s' if r.stored != 1 else ''}"
    if r.ignored:
        line += f"; {ignored_summary(r.ignored)}"
    return line


@main.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@_db_option(must_exist=False)
@click.option(
    "--every", default="15m", show_default=True, help="Time between the starts of two polls: 30s, 15m, 1h."
)
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@click.option("--max-runs", type=click.IntRange(1), help="Exit after this many polls.")
@model_options
@click.option("--max-bytes", default=50 * 1024 * 1024, show_default=True, help="Largest feed file accepted.")
@store_options
@click.option("-v", "--verbose", is_flag=True, help="One line on stderr per committed batch.")
def watch_command(
    feeds: tuple[str, ...],
    db: str,
    every: str,
    once: bool,
    max_runs: int | None,
    model: str | None,
    actor_files: tuple[str, ...],
    max_bytes: int,
    batch_size: int,
    window_days: int,
    verbose: bool,
) -> None:
    """Poll news feeds on a schedule and store their new articles in an event store.

    FEEDS: RSS/Atom feed files (.rss .atom .xml, recognised by content), feed lists (.feeds: one path
    per line, '#' comments) or directories of them; every input `dyads ingest` reads works.  Each poll
    reads them all again, skips the entries already stored (same URL or same text), codes and stores
    the new ones, and prints one line: new, seen and failed counts.  A feed that cannot be read is
    named on stderr and the others are still stored.  Ctrl-C or SIGTERM stops after committing the
    documents already read.  Exit status 1 when some feed could not be read in some poll, else 0.
    """
    from dyads.actors.dictionary import DictionaryError
    from dyads.ingest.readers import is_url
    from dyads.parse import ModelNotFound
    from dyads.store import IngestReport, Store, StoreError

    interval = parse_every(every)
    runs = 1 if once else max_runs
    for feed in feeds:
        if is_url(feed):
            raise click.BadParameter(
                f"{feed}: URLs are not fetched; download the feed to a file (e.g. with curl from cron) and "
                "watch the file",
                param_hint="FEEDS",
            )
    try:  # a bad --db is a usage error now, not a failed poll every 15 minutes
        Store(db, window_days=window_days).close()
    except StoreError as exc:
        raise click.BadParameter(str(exc), param_hint="'--db'") from None

    def on_error(e: Any) -> None:
        click.echo(str(e), err=True)

    def on_commit(r: IngestReport) -> None:
        if verbose:
            click.echo(f"dyads: batch {r.batches} committed: {r.documents} documents stored", err=True)

    n = 0
    failures = 0
    stored: int | None = None
    reported: set[tuple[str, str]] = set()  # entries that failed: named once, not at every poll
    with Stopper() as stopper:
        next_start = time.monotonic()
        try:
            while not stopper.stopped:
                n += 1
                when = dt.datetime.now().astimezone()
                try:
                    result = poll(
                        feeds,
                        db,
                        stop=stopper.event,
                        model=model,
                        actors=actor_files,
                        max_bytes=max_bytes,
                        batch_size=batch_size,
                        window_days=window_days,
                        on_error=on_error,
                        on_commit=on_commit,
                        reported=reported,
                    )
                except (ModelNotFound, DictionaryError) as exc:
                    raise click.ClickException(str(exc)) from None
                failures += len(result.failed)
                stored = result.stored if result.stored is not None else stored
                click.echo(poll_line(n, result, db, when))
                if runs is not None and n >= runs:
                    break
                # polls start on the schedule; one that ran past its slot is followed at once
                next_start = max(next_start + interval, time.monotonic())
                if stopper.wait(next_start - time.monotonic()):
                    break
        except KeyboardInterrupt:  # the second signal: the open transaction was rolled back
            click.echo(
                f"dyads: stopped during poll {n}; documents committed before are in {db}, "
                "the next run stores the rest",
                err=True,
            )
            sys.exit(130)
    if stopper.stopped:
        held = f"; {db} holds {stored} documents" if stored is not None else ""
        click.echo(f"dyads: stopped after {n} poll{'s' if n != 1 else ''}{held}", err=True)
    if failures:
        sys.exit(1)
