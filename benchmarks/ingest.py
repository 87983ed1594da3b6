"""Ingest benchmark: code a corpus into an event store and report what it cost and what came out.

    python benchmarks/ingest.py --corpus ../shared/corpus/news.jsonl.gz --limit 300 --db /tmp/bench.duckdb

Prints documents/s (end to end, and the share of time spent fusing and writing), mentions, fused
events, the mention -> event ratio, the store file's size and the peak RSS of the process.  The store
file is created anew unless --keep is given (then already stored documents are skipped, which measures
an idempotent re-run).  The corpus is streamed: --limit only stops reading early.

When ../shared/corpus/html/ exists it also measures reading a web crawl: it writes a WARC.gz of
--warc-pages pages (the raw pages of that folder, repeated under new URLs as needed, each response
preceded by its request record as crawlers write them) and times `read_inputs` on it: records/s and
pages/s, from gzip to article text (warcio + trafilatura + the furniture scan; no coding).
--warc-only skips the coding part.

    python benchmarks/ingest.py --warc-only
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from dyads.ingest import IngestError, read_inputs  # noqa: E402
from dyads.pipeline import Pipeline  # noqa: E402
from dyads.store import Store  # noqa: E402


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024


def file_size(path: Path) -> int:
    wal = path.with_name(path.name + ".wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def write_warc(html_dir: Path, pages: int, path: Path) -> int:
    """A WARC.gz of ``pages`` HTML responses (each after its request record); returns the record count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    truth = json.loads((html_dir / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(k for k in truth if (html_dir / "pages" / f"{k}.html.gz").exists())
    records = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(pages):
            key = keys[i % len(keys)]
            body = gzip.decompress((html_dir / "pages" / f"{key}.html.gz").read_bytes())
            url = truth[key]["url"] + (f"?copy={i // len(keys)}" if i >= len(keys) else "")
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )
            records += 2
    return records


def warc_speed(html_dir: Path, pages: int) -> None:
    import tempfile
    from collections import Counter

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crawl.warc.gz"
        records = write_warc(html_dir, pages, path)
        read_inputs([str(path)])  # imports warcio and trafilatura outside the timing
        ignored: Counter[str] = Counter()
        t0 = time.perf_counter()
        items = list(read_inputs([str(path)], ignored=ignored))
        wall = time.perf_counter() - t0
        # the share of that spent by warcio alone: decompressing and reading every record's payload
        from warcio.archiveiterator import ArchiveIterator

        t0 = time.perf_counter()
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                record.content_stream().read()
        warcio_s = time.perf_counter() - t0
        size = path.stat().st_size
    documents = [i for i in items if not isinstance(i, IngestError)]
    failed = len(items) - len(documents)
    chars = sum(len(d.text) for d in documents)
    print(f"warc              {html_dir}: {pages} pages, {records} records, {size / 1e6:.1f} MB gzipped")
    print(
        f"warc read         {wall:.1f} s; {records / wall:.0f} records/s, {pages / wall:.1f} pages/s; "
        f"{len(documents)} documents ({chars / 1e6:.2f} M characters), {failed} without article text, "
        f"{sum(ignored.values())} records skipped"
    )
    print(
        f"  of which warcio  {warcio_s:.2f} s ({records / warcio_s:.0f} records/s); the rest is trafilatura"
    )


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
    parser.add_argument("--html", default=str(HERE.parents[1] / "shared" / "corpus" / "html"))
    parser.add_argument("--warc-pages", type=int, default=200, help="pages in the generated WARC")
    parser.add_argument("--warc-only", action="store_true", help="only the WARC reading figure")
    args = parser.parse_args()

    html_dir = Path(args.html)
    if (html_dir / "ground-truth.json").exists():
        warc_speed(html_dir, args.warc_pages)
    elif args.warc_only:
        print(f"no raw HTML pages at {html_dir}: no WARC to build", file=sys.stderr)
        return 1
    if args.warc_only:
        return 0

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
