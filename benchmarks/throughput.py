"""Throughput of dyads against bare spaCy on the same articles, measured in one run.

    python benchmarks/throughput.py --corpus ../shared/corpus/news.jsonl.gz --limit 200
    python benchmarks/throughput.py --corpus ../shared/corpus/news.jsonl.gz --limit 200 --memory 1000,8000

Reports, on the first ``--limit`` articles of the corpus (written to a scratch JSONL, so every path reads
the same records through the same reader):

* bare spaCy ``nlp.pipe`` over the article texts with the full pipeline (the stack's limit);
* dyads in a single process (``Pipeline.code_documents``);
* dyads on Dask (``dyads.scale.run``) with a LocalCluster of 1 and of 2 worker processes.  The cluster is
  started and the pipeline loaded on every worker before the clock starts, so the figure is the coding
  rate; the start-up cost is printed beside it.

``--memory`` runs the Dask job (``--memory-workers`` workers) on corpora of the given sizes and prints the
peak RSS of each worker process: flat figures mean memory does not grow with the corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from dyads.ingest import IngestError, read_inputs
from dyads.parse import load_model
from dyads.pipeline import Pipeline
from dyads.records import Document


def write_sample(corpus: Path, limit: int, dest: Path) -> int:
    """The first ``limit`` records with text, as JSONL; returns how many were written."""
    n = 0
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh, open(dest, "w", encoding="utf-8") as out:
        for line in fh:
            if n >= limit:
                break
            if json.loads(line).get("text"):
                out.write(line)
                n += 1
    return n


def read_documents(path: Path) -> list[Document]:
    return [d for d in read_inputs([str(path)]) if not isinstance(d, IngestError)]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peak_rss_mb() -> float:  # runs on a worker
    # VmHWM, not ru_maxrss: ru_maxrss survives exec, so a worker would report its parent's peak
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_cpu_s() -> float:  # runs on a worker
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def dask_run(sample: Path, workers: int, args: argparse.Namespace) -> dict[str, float]:
    """Code ``sample`` on a fresh LocalCluster; the coding rate excludes cluster start and model load."""
    from distributed import Client, LocalCluster

    from dyads.scale import run
    from dyads.scale.worker import LoadPipeline, Settings

    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
        tempfile.TemporaryDirectory(prefix="dyads-bench-") as out,
    ):
        client.register_plugin(LoadPipeline(Settings(out=out, model=args.model)))
        startup = time.perf_counter() - t0
        cpu0 = sum(client.run(_worker_cpu_s).values())
        t = time.perf_counter()
        report = run(
            [str(sample)],
            out,
            client=client,
            partition_size=args.partition_size,
            batch_size=args.batch_size,
            model=args.model,
        )
        seconds = time.perf_counter() - t
        cpu = sum(client.run(_worker_cpu_s).values()) - cpu0
        rss = client.run(_worker_peak_rss_mb)
    return {
        "documents": report.documents,
        "events": report.events,
        "seconds": seconds,
        "startup": startup,
        "cpu": cpu,  # worker CPU seconds: the rate per CPU-second shows scaling on a busy machine
        "rss": max(rss.values()),
        "rss_all": sorted(rss.values()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL(.gz) of {id, title, text, date}")
    ap.add_argument("--limit", type=int, default=200, help="articles to use")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--partition-size", type=int, default=50, help="documents per Dask partition")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-dask", action="store_true", help="only bare spaCy and the single process")
    ap.add_argument("--memory", default="", help="comma-separated corpus sizes for the peak-RSS runs")
    ap.add_argument("--memory-workers", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"throughput: {args.corpus}: no such file", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="dyads-bench-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        n = write_sample(args.corpus, args.limit, sample)
        docs = read_documents(sample)
        texts = [d.text for d in docs]
        nlp = load_model(args.model)
        pipeline = Pipeline(args.model)
        list(pipeline.code_documents(docs[:3]))  # warm the dictionary matchers and the gazetteer

        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        spacy_s = time.perf_counter() - t
        t = time.perf_counter()
        sentences = events = 0
        cpu = time.process_time()
        for coded in pipeline.code_documents(docs, batch_size=args.batch_size):
            sentences += len(coded.sentences)
            events += len(coded.events)
        dyads_s = time.perf_counter() - t
        cpu = time.process_time() - cpu
        single_rss = peak_rss_mb()

        print(
            f"articles: {len(docs)} of {n} ({sum(len(x) for x in texts) / 1e6:.2f} M chars), "
            f"{os.cpu_count()} CPUs"
        )
        print(f"{'':26} {'articles/s':>10} {'vs spaCy':>9} {'vs 1 worker':>12}")
        print(f"{'bare spaCy nlp.pipe':26} {len(docs) / spacy_s:10.2f} {1.0:8.2f}x")
        print(
            f"{'dyads, single process':26} {len(docs) / dyads_s:10.2f} {spacy_s / dyads_s:8.2f}x"
            f"   ({len(docs) / cpu:.2f} articles per CPU-s, {sentences / dyads_s:.0f} sentences/s, "
            f"{events / len(docs):.2f} events/article, "
            f"peak RSS {single_rss:.0f} MB)"
        )
        if not args.no_dask:
            one = dask_run(sample, 1, args)
            two = dask_run(sample, 2, args)
            for label, r in (("dyads on Dask, 1 worker", one), ("dyads on Dask, 2 workers", two)):
                rate = r["documents"] / r["seconds"]
                print(
                    f"{label:26} {rate:10.2f} {rate * spacy_s / len(docs):8.2f}x "
                    f"{r['seconds'] and one['seconds'] / r['seconds']:11.2f}x"
                    f"   ({r['documents'] / r['cpu']:.2f} articles per worker CPU-s, start-up "
                    f"{r['startup']:.1f} s, worker peak RSS {r['rss']:.0f} MB, {r['events']} events)"
                )
        for size in [int(s) for s in args.memory.split(",") if s.strip()]:
            big = Path(tmp) / f"sample{size}.jsonl"
            got = write_sample(args.corpus, size, big)
            r = dask_run(big, args.memory_workers, args)
            rate = r["documents"] / r["seconds"]
            print(
                f"memory: {got} articles on {args.memory_workers} workers: {rate:.2f} articles/s, "
                f"{r['documents'] / r['cpu']:.2f} per worker CPU-s"
                f", worker peak RSS {', '.join(f'{x:.0f}' for x in r['rss_all'])} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
