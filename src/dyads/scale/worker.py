"""What runs on a worker: read one partition, code it, write its Parquet files and its manifest entry.

Everything here is a plain function of a Partition and the run's Settings, so it runs the same under Dask,
in a test, or in a loop.  The spaCy pipeline is loaded once per process (``default_pipeline`` caches it);
``LoadPipeline`` loads it when a worker starts, so the first partition does not pay for it.

Output layout under ``out`` (hive-partitioned by the month of the event date, so DuckDB, Spark or Polars
read it with partition pruning)::

    out/month=2020-03/part-<pid>.parquet     events of partition <pid> dated in March 2020
    out/month=undated/part-<pid>.parquet     events without a date
    out/_manifest/<pid>.json                 the partition is finished: counts, documents, errors

Every file is written under a temporary name and renamed into place; the manifest entry is written last,
so an entry means all of the partition's files are complete.  A retried partition rewrites the same file
names, so a partition is never present twice.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any

from dyads.ingest import IngestError, read_inputs
from dyads.ingest.warc import read_warc_range
from dyads.records import Document
from dyads.scale.plan import Member, Partition
from dyads.store import content_hash, mention_row
from dyads.store.db import MENTION_COLUMNS
from dyads.util import batched

MANIFEST = "_manifest"
UNDATED = "undated"
CHUNK = 64  # documents coded together; a document that crashes the coder is retried alone within its chunk
PROGRESS_TOPIC = "dyads-progress"
WARM_UP_TEXT = (
    "Turkish drones struck Syrian army posts near Idlib on Sunday, killing 19 soldiers, officials said.\n"
    "Syria's foreign minister condemned the strikes and met his Russian counterpart in Moscow."
)
# columns only the store gives meaning to (fusion, insertion order)
_STORE_ONLY = {"fused_id", "doc_seq"}
COLUMNS: tuple[tuple[str, str], ...] = tuple(c for c in MENTION_COLUMNS if c[0] not in _STORE_ONLY)


@dataclass(frozen=True)
class Settings:
    out: str
    model: str | None = None
    actors: tuple[str, ...] = ()
    batch_size: int = 128  # dyads.parse.BATCH_LINES (not imported here: it loads spaCy)
    default_date: dt.date | None = None
    max_bytes: int = 50 * 1024 * 1024
    cwd: str = "."  # the client's working directory: relative inputs are read from there


@dataclass
class PartitionResult:
    pid: str
    documents: int = 0
    events: int = 0  # asserted
    suppressed: int = 0  # negated, hypothetical, merely intended
    errors: list[dict[str, str]] | None = None  # {"input", "reason"}
    files: list[str] | None = None  # relative to out
    doc_ids: list[str] | None = None
    seconds: float = 0.0
    worker: str = ""
    # the worker process's resident memory when the partition was finished, and its peak so far (MB): read
    # along the run, they show whether memory grows with the corpus
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    skipped: bool = False  # found finished (a retry after the entry was written)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PartitionResult:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


# --------------------------------------------------------------------------------------- the pipeline


def load_pipeline(settings: Settings):  # noqa: ANN201 - a dyads.pipeline.Pipeline; imported lazily
    from dyads.pipeline import default_pipeline

    return default_pipeline(settings.model, settings.actors)


try:
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - dask is a dependency; kept importable for plain use
    WorkerPlugin = object  # type: ignore[assignment,misc]


class LoadPipeline(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Load spaCy and the dictionaries when a worker starts (and when a killed worker is restarted)."""

    name = "dyads-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        pipeline = load_pipeline(self.settings)
        # one small article through every stage: the gazetteer, the matchers and spaCy's caches load on first
        # use, and a worker's first partition would otherwise pay for them (twice the cost, on two workers)
        pipeline.code_document(
            Document("dyads-warm-up", WARM_UP_TEXT, published=dt.date(2024, 6, 2), origin="<warm-up>")
        )


# --------------------------------------------------------------------------------------- a partition


def manifest_path(out: str, pid: str) -> str:
    return os.path.join(out, MANIFEST, f"{pid}.json")


def read_manifest(out: str, pid: str) -> PartitionResult | None:
    try:
        with open(manifest_path(out, pid), encoding="utf-8") as fh:
            return PartitionResult.from_dict(json.load(fh))
    except FileNotFoundError:
        return None


def code_partition(
    partition: Partition, settings: Settings, progress: Callable[[int], None] | None = None
) -> PartitionResult:
    """Code one partition and write its output; ``progress(n)`` is told the documents done so far."""
    done = read_manifest(settings.out, partition.pid)
    if done is not None:
        done.skipped = True
        return done
    started = time.perf_counter()
    pipeline = load_pipeline(settings)
    result = PartitionResult(partition.pid, errors=[], files=[], doc_ids=[], worker=_worker_name())
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="dyads-view-") as tmp:
        documents = _documents(partition, settings, tmp, result)
        for chunk in batched(documents, CHUNK):
            for document, coded in _code(pipeline, chunk, settings.batch_size):
                if isinstance(coded, str):
                    result.errors.append({"input": document.origin or document.doc_id, "reason": coded})
                    continue
                result.documents += 1
                result.doc_ids.append(document.doc_id)
                doc_hash = content_hash(document.text)
                seen: set[str] = set()
                for e in coded.events + coded.suppressed:
                    if e.event_id in seen:  # one trigger coded twice the same way: one row, as in the store
                        continue
                    seen.add(e.event_id)
                    row = mention_row(e, document, doc_hash, 0)
                    rows[_month(row["date_start"])].append(row)
                    if row["modality"] == "asserted":
                        result.events += 1
                    else:
                        result.suppressed += 1
            if progress is not None:
                progress(result.documents + len(result.errors))
    result.files = [_write_parquet(settings.out, month, partition.pid, part) for month, part in rows.items()]
    result.seconds = round(time.perf_counter() - started, 3)
    result.rss_mb, result.peak_rss_mb = memory_mb()
    write_atomic(manifest_path(settings.out, partition.pid), json.dumps(result.as_dict()).encode("utf-8"))
    return result


def dask_code_partition(partition: Partition, settings: Settings) -> dict[str, Any]:
    """The Dask task: ``code_partition`` reporting progress to the client as worker events."""
    from distributed import get_worker

    worker = get_worker()

    def progress(n: int) -> None:
        worker.log_event(PROGRESS_TOPIC, {"pid": partition.pid, "done": n})

    return code_partition(partition, settings, progress).as_dict()


def _code(pipeline: Any, documents: list[Document], batch_size: int) -> Iterator[tuple[Document, Any]]:
    """(document, CodedDocument) pairs, or (document, reason) for a document the coder fails on."""
    try:
        coded = list(pipeline.code_documents(documents, batch_size=batch_size))
    except Exception:  # one bad document must not cost its neighbours: code them one by one
        for d in documents:
            try:
                yield d, pipeline.code_document(d)
            except Exception as exc:
                yield d, f"the coder failed on this document ({type(exc).__name__}: {exc})"
        return
    yield from zip(documents, coded, strict=True)


def _month(start: dt.date | None) -> str:
    return f"{start.year:04d}-{start.month:02d}" if start is not None else UNDATED


# ------------------------------------------------------------------------------- reading the members


def _documents(
    partition: Partition, settings: Settings, tmp: str, result: PartitionResult
) -> Iterator[Document]:
    for k, member in enumerate(partition.members):
        for item in read_member(member, settings, os.path.join(tmp, str(k))):
            if isinstance(item, IngestError):
                result.errors.append({"input": item.origin, "reason": item.reason})
            else:
                yield item


def read_member(member: Member, settings: Settings, scratch: str) -> Iterator[Document | IngestError]:
    """The documents of one member, read by ``read_inputs`` so every input type it knows works here.

    A whole input is read as given.  A file inside a directory, or a line range of a JSONL file, is read
    through a private view: the file (a symbolic link, or a copy of the range with the lines before it
    left blank) under the same relative name in a scratch directory.  The reader then gives the same
    document ids and line numbers as `dyads code` on the original input; origins are mapped back.
    """
    kw: dict[str, Any] = {"default_date": settings.default_date, "max_bytes": settings.max_bytes}
    source = os.path.join(settings.cwd, member.top)  # a worker's working directory is not the client's
    if member.byte_range is not None:  # a slice of a big crawl: its records, origins as for the whole file
        yield from read_warc_range(
            os.path.join(settings.cwd, member.path),
            *member.byte_range,
            origin=member.path,
            default=settings.default_date,
            max_bytes=settings.max_bytes,
        )
        return
    if member.rel is None and member.lines is None:
        view_top = target = source
    else:
        name = os.path.basename(os.path.normpath(member.top)) or "input"
        view_top = os.path.join(scratch, name)
        target = view_top if member.rel is None else os.path.join(view_top, member.rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if member.lines is None:
            os.symlink(os.path.abspath(os.path.join(settings.cwd, member.path)), target)
        else:
            target = target.removesuffix(".gz").removesuffix(".GZ")  # written plain; the id stem is the same
            _copy_lines(member, os.path.join(settings.cwd, member.path), target)
    for item in read_inputs([view_top], **kw):
        origin = item.origin or ""
        if origin == view_top and isinstance(item, IngestError) and member.rel is not None:
            continue  # "no supported files" about the view, which holds one unsupported file
        if origin.startswith(target):
            origin = member.path + origin[len(target) :]
        elif origin.startswith(view_top):
            origin = member.top + origin[len(view_top) :]
        yield replace(item, origin=origin)


def _copy_lines(member: Member, path: str, target: str) -> None:
    first, last = member.lines or (1, 0)
    gz = path.lower().endswith(".gz")
    with (gzip.open if gz else open)(path, "rb") as src, open(target, "wb") as dst:
        if member.offset is not None and not gz:
            src.seek(member.offset)  # the planner knows where the range starts in a plain file
        else:
            for _ in range(first - 1):
                if not src.readline():
                    break
        dst.write(b"\n" * (first - 1))  # blank lines keep line numbers, so ids and error origins stay true
        for _ in range(last - first + 1):
            line = src.readline()
            if not line:
                break
            dst.write(line)


# --------------------------------------------------------------------------------------------- writing


def arrow_schema():  # noqa: ANN201 - pyarrow.Schema; pyarrow is imported only where Parquet is written
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "VARCHAR[]": pa.list_(pa.string()),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "DOUBLE": pa.float64(),
        "DATE": pa.date32(),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def _write_parquet(out: str, month: str, pid: str, rows: list[dict[str, Any]]) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    table = pa.Table.from_pylist([{k: r[k] for k in schema.names} for r in rows], schema=schema)
    rel = os.path.join(f"month={month}", f"part-{pid}.parquet")
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return rel


def write_atomic(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def memory_mb() -> tuple[float, float]:
    """(resident, peak resident) memory of this process in MB (Linux /proc; elsewhere the peak twice)."""
    found: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    found[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    if len(found) < 2:
        import resource  # ru_maxrss is KB on Linux, bytes on macOS: only a fallback

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    return round(found["VmRSS"], 1), round(found["VmHWM"], 1)


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


__all__ = [
    "COLUMNS",
    "LoadPipeline",
    "PartitionResult",
    "Settings",
    "arrow_schema",
    "code_partition",
    "dask_code_partition",
    "memory_mb",
    "read_manifest",
    "read_member",
    "write_atomic",
]
