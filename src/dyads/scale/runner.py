"""Run the pipeline over a corpus on a Dask cluster: plan, skip what is done, code the rest, summarise.

The client (this process) only plans and watches; workers read their own partitions from the inputs
(which they must be able to see under the same paths, e.g. a shared file system) and write to ``out``
(likewise shared).  A finished partition has a manifest entry in ``out/_manifest``; a re-run skips it.
A worker that dies mid-partition loses nothing: the scheduler gives the partition to another worker,
which rewrites the same files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from dyads import __version__
from dyads.scale.plan import Partition, plan
from dyads.scale.worker import (
    MANIFEST,
    PROGRESS_TOPIC,
    LoadPipeline,
    PartitionResult,
    Settings,
    dask_code_partition,
    read_manifest,
    write_atomic,
)

DEFAULT_PARTITION_SIZE = 500
DEFAULT_RETRIES = 3
RUN_FILE = "_run.json"
ERRORS_FILE = "errors.jsonl"
# what a manifest entry's output depends on besides its inputs: a re-run with other values must not mix
_OUTPUT_SETTINGS = ("model", "actors", "default_date", "max_bytes")


class RunError(Exception):
    """A run that cannot start: bad --out, a cluster that cannot be reached, settings that clash."""


@dataclass
class RunReport:
    out: str
    partitions: int = 0  # in the plan
    skipped: int = 0  # found finished in the manifest
    documents: int = 0  # coded, in all partitions of the plan (finished earlier or now)
    events: int = 0
    suppressed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)  # unreadable inputs and documents
    failed_partitions: list[dict[str, str]] = field(default_factory=list)  # gave up after retries
    workers: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.failed_partitions

    def summary(self) -> str:
        s = "" if self.documents == 1 else "s"
        parts = [
            f"{self.documents} document{s}",
            f"{self.events} events (+{self.suppressed} negated/hypothetical)",
            f"{len(self.errors)} failure{'' if len(self.errors) == 1 else 's'}",
            f"{self.partitions} partitions ({self.skipped} already done)",
        ]
        if self.failed_partitions:
            parts.append(f"{len(self.failed_partitions)} partitions FAILED")
        parts.append(f"{self.workers} worker{'' if self.workers == 1 else 's'}, {self.seconds:.1f} s")
        return "dyads run: " + ", ".join(parts)


def run(
    inputs: Sequence[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    batch_size: int = 128,  # dyads.parse.BATCH_LINES (not imported here: it loads spaCy)
    model: str | None = None,
    actors: Sequence[str] = (),
    default_date: dt.date | None = None,
    max_bytes: int = 50 * 1024 * 1024,
    retries: int = DEFAULT_RETRIES,
    prune: bool = False,
    progress: bool = False,
    client: Any = None,
) -> RunReport:
    """Code ``inputs`` into hive-partitioned Parquet under ``out``; see the module docstring.

    ``client``: an existing ``distributed.Client`` to use (then neither ``scheduler`` nor ``workers``).
    Without one, ``scheduler`` is an address to connect to, else a LocalCluster of ``workers`` processes
    (default: one per CPU) with one thread each is started and stopped.
    """
    started = time.perf_counter()
    if not inputs:
        raise RunError("no inputs given")
    if "-" in inputs:
        raise RunError(
            "dyads run reads files and directories; standard input cannot be split (use dyads code)"
        )
    if workers is not None and workers < 1:
        raise RunError("--workers must be at least 1")
    out = os.path.abspath(out)
    settings = Settings(
        out=out,
        model=model,
        actors=tuple(os.path.abspath(a) for a in actors),
        batch_size=batch_size,
        default_date=default_date,
        max_bytes=max_bytes,
        cwd=os.getcwd(),
    )
    _prepare_out(out, settings)
    partitions = plan(list(inputs), partition_size)
    report = RunReport(out, partitions=len(partitions))
    _check_foreign(out, {p.pid for p in partitions}, prune)
    done = {p.pid: r for p in partitions if (r := read_manifest(out, p.pid)) is not None}
    report.skipped = len(done)
    todo = [p for p in partitions if p.pid not in done]
    results = dict(done)
    if todo:
        with _client(client, scheduler, workers) as c:
            results.update(_execute(c, todo, settings, retries, progress, report))
    for p in partitions:
        r = results.get(p.pid)
        if r is None:
            continue
        report.documents += r.documents
        report.events += r.events
        report.suppressed += r.suppressed
        report.errors.extend(r.errors or [])
    _write_errors(out, report)
    report.seconds = time.perf_counter() - started
    return report


# --------------------------------------------------------------------------------------------- the job


def _execute(
    client: Any, todo: list[Partition], settings: Settings, retries: int, show: bool, report: RunReport
) -> dict[str, PartitionResult]:
    from distributed import as_completed

    try:
        client.register_plugin(LoadPipeline(settings))
    except Exception as exc:  # the model or a dictionary cannot be loaded on a worker
        raise RunError(f"the workers could not load the pipeline: {exc}") from None
    report.workers = len(client.scheduler_info(n_workers=-1).get("workers", {}))
    tracker = _Progress(sum(p.documents for p in todo), show)
    client.subscribe_topic(PROGRESS_TOPIC, tracker.on_event)
    token = uuid.uuid4().hex[:8]
    futures = {
        client.submit(
            dask_code_partition, p, settings, key=f"dyads-{p.pid}-{token}", retries=retries, pure=False
        ): p
        for p in todo
    }
    results: dict[str, PartitionResult] = {}
    pending = as_completed(futures)
    try:
        while not pending.is_empty():
            for fut in pending.next_batch(block=False) if pending.has_ready() else []:
                p = futures.pop(fut)  # the worker may forget a result the client has read
                try:
                    r = PartitionResult.from_dict(fut.result())
                except Exception as exc:  # retried and still failing, or killed too many workers
                    report.failed_partitions.append(
                        {"partition": p.pid, "inputs": ", ".join(p.describe()), "reason": _reason(exc)}
                    )
                    tracker.finish(p.pid, p.documents, p.documents)
                    continue
                results[p.pid] = r
                tracker.finish(p.pid, p.documents, r.documents + len(r.errors or []))
                for e in r.errors or []:
                    tracker.write(f"dyads: {e['input']}: {e['reason']}")
            tracker.refresh()
            time.sleep(0.2)
    finally:
        with contextlib.suppress(Exception):
            client.unsubscribe_topic(PROGRESS_TOPIC)
        tracker.close()
    return results


class _Progress:
    """A tqdm bar of documents read, fed by the workers' progress events and by finished partitions.

    A retried partition starts counting again from zero, so the bar keeps each partition's highest count
    and never counts a document twice.
    """

    def __init__(self, total: int, show: bool) -> None:
        self._lock = threading.Lock()
        self._seen: dict[str, int] = {}
        self._shown = 0
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def on_event(self, event: Any) -> None:  # runs on the client's event loop thread
        _, msg = event if isinstance(event, tuple) else (None, event)
        with self._lock:
            self._seen[msg["pid"]] = max(self._seen.get(msg["pid"], 0), int(msg["done"]))

    def finish(self, pid: str, planned: int, actual: int) -> None:
        with self._lock:
            self._seen[pid] = actual
        if self.bar is not None and actual != planned:
            self.bar.total += actual - planned  # the plan's estimate was off (a JSON array file, say)

    def refresh(self) -> None:
        if self.bar is None:
            return
        with self._lock:
            now = sum(self._seen.values())
        if now > self._shown:
            self.bar.update(now - self._shown)
            self._shown = now
        else:
            self.bar.refresh()

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        self.refresh()
        if self.bar is not None:
            self.bar.close()


@contextlib.contextmanager
def _client(client: Any, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    if client is not None:
        yield client
        return
    from distributed import Client

    if scheduler is not None:
        try:
            c = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise RunError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield c
        finally:
            c.close()
        return
    cluster = local_cluster(workers or os.cpu_count() or 1)
    try:
        with Client(cluster) as c:
            yield c
    finally:
        cluster.close()


def local_cluster(workers: int) -> Any:  # a distributed.LocalCluster; imported lazily
    """The LocalCluster `dyads run` starts: processes with one thread each (spaCy holds the GIL, so threads
    would not add throughput), and no statistical profiler (it samples every worker thread every 10 ms:
    7% of a worker's CPU time on news, measured on 200 articles)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )


def _reason(exc: BaseException) -> str:
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return "its workers died repeatedly while coding it (out of memory?)"
    return f"{type(exc).__name__}: {exc}"


# ---------------------------------------------------------------------------------------- out folder


def _prepare_out(out: str, settings: Settings) -> None:
    """Create ``out``, or check that the run recorded there was made with the same output settings."""
    if os.path.exists(out) and not os.path.isdir(out):
        raise RunError(f"{out}: --out must be a directory")
    run_file = os.path.join(out, RUN_FILE)
    wanted = {k: _plain(v) for k, v in asdict(settings).items() if k in _OUTPUT_SETTINGS}
    try:
        os.makedirs(os.path.join(out, MANIFEST), exist_ok=True)
        with open(run_file, encoding="utf-8") as fh:
            recorded = json.load(fh).get("settings", {})
    except FileNotFoundError:
        recorded = None
    except OSError as exc:
        raise RunError(f"{out}: cannot use as --out ({exc.strerror or exc})") from None
    except json.JSONDecodeError:
        raise RunError(f"{run_file}: not a dyads run record (is --out another folder?)") from None
    if recorded is None:
        if any(os.scandir(os.path.join(out, MANIFEST))) or _has_parquet(out):
            raise RunError(f"{out}: holds Parquet or manifest files of unknown origin; use an empty --out")
        body = {"dyads": __version__, "settings": wanted}
        write_atomic(run_file, json.dumps(body, indent=2).encode("utf-8"))
        return
    changed = [k for k in _OUTPUT_SETTINGS if recorded.get(k) != wanted[k]]
    if changed:
        raise RunError(
            f"{out} holds a run made with other {', '.join(changed)} "
            f"({', '.join(f'{k}={recorded.get(k)!r}' for k in changed)}); its events would mix with these. "
            "Use another --out, or the same settings to resume it"
        )


def _check_foreign(out: str, pids: set[str], prune: bool) -> None:
    """Finished partitions that this plan does not have: inputs changed since they were coded."""
    folder = os.path.join(out, MANIFEST)
    foreign = [n[:-5] for n in os.listdir(folder) if n.endswith(".json") and n[:-5] not in pids]
    if not foreign:
        return
    if not prune:
        raise RunError(
            f"{out} holds {len(foreign)} finished partition{'s' if len(foreign) != 1 else ''} that these "
            "inputs no longer produce (files were added, changed or removed, or --partition-size changed); "
            "their events would be counted twice. Re-run with --prune to delete their output first, or use "
            "another --out"
        )
    for pid in foreign:
        entry = read_manifest(out, pid)
        for rel in (entry.files or []) if entry else []:
            with contextlib.suppress(FileNotFoundError):
                os.remove(os.path.join(out, rel))
        os.remove(os.path.join(folder, f"{pid}.json"))


def _has_parquet(out: str) -> bool:
    return any(f.endswith(".parquet") for _, _, files in os.walk(out) for f in files)


def _write_errors(out: str, report: RunReport) -> None:
    lines = [json.dumps(e, ensure_ascii=False) for e in report.errors]
    lines += [json.dumps({**f, "input": f["inputs"]}, ensure_ascii=False) for f in report.failed_partitions]
    path = os.path.join(out, ERRORS_FILE)
    if lines:
        write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    else:
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
