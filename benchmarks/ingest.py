"""Ingest benchmark: code a corpus into an event store and report what it cost and what came out.

    python benchmarks/ingest.py --corpus ../shared/corpus/news.jsonl.gz --limit 300 --db /tmp/bench.duckdb

Prints documents/s (end to end, and the share of time spent fusing and writing), mentions, fused
events, the mention -> event ratio, the store file's size and the peak RSS of the process.  The store
file is created anew unless --keep is given (then already stored documents are skipped, which measures
an idempotent re-run).  The corpus is streamed: --limit only stops reading early.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from dyads.ingest import read_inputs  # noqa: E402
from dyads.pipeline import Pipeline  # noqa: E402
from dyads.store import Store  # noqa: E402


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024


def file_size(path: Path) -> int:
    wal = path.with_name(path.name + ".wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default=str(HERE.parents[1] / "shared" / "corpus" / "news.jsonl.gz"))
    parser.add_argument("--limit", type=int, default=300, help="documents to read (0: all)")
    parser.add_argument("--db", default="/tmp/dyads-bench.duckdb")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--keep", action="store_true", help="do not delete an existing store first")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    db = Path(args.db)
    if not args.keep:
        for p in (db, db.with_name(db.name + ".wal")):
            if p.exists():
                p.unlink()
    t0 = time.perf_counter()
    pipeline = Pipeline(args.model)
    load_s = time.perf_counter() - t0
    items = read_inputs([args.corpus])
    if args.limit:
        items = itertools.islice(items, args.limit)
    progress = {"n": 0}

    def on_commit(report) -> None:  # noqa: ANN001
        progress["n"] = report.documents
        rate = report.documents / max(1e-9, time.perf_counter() - t1)
        print(
            f"  {report.documents} documents stored, {rate:.2f}/s, peak RSS {peak_rss_mb():.0f} MB",
            file=sys.stderr,
            flush=True,
        )

    t1 = time.perf_counter()
    with Store(db) as store:
        report = store.ingest(items, pipeline=pipeline, batch_size=args.batch_size, on_commit=on_commit)
        counts = store.counts()
        chars = store.sql("SELECT coalesce(sum(n_chars), 0) FROM documents")[1][0][0]
        multi = store.sql("SELECT count(*) FROM events WHERE n_documents > 1")[1][0][0]
    wall = time.perf_counter() - t1
    size = file_size(db)
    done = report.documents + report.skipped
    print(f"corpus            {args.corpus} (first {args.limit or 'all'} records)")
    print(
        f"store             {db}: {size / 1e6:.1f} MB "
        f"({size / max(1, counts['documents']) / 1e3:.1f} kB/document)"
    )
    print(f"model load        {load_s:.1f} s (not counted below)")
    print(
        f"documents         {report.documents} stored, {report.skipped} skipped, "
        f"{len(report.failed)} unreadable"
    )
    print(f"wall              {wall:.1f} s; {done / wall:.2f} documents/s; {chars / 1e6:.2f} M characters")
    print(
        f"fuse + write      {report.store_seconds:.1f} s "
        f"({100 * report.store_seconds / max(wall, 1e-9):.1f} % of wall)"
    )
    print(f"mentions          {counts['mentions']} ({counts['fused_mentions']} asserted)")
    print(f"fused events      {counts['events']} ({multi} reported by more than one document)")
    ratio = counts["fused_mentions"] / counts["events"] if counts["events"] else float("nan")
    print(f"mention -> event  {ratio:.3f}")
    print(f"peak RSS          {peak_rss_mb():.0f} MB")
    print(f"cpu count         {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
