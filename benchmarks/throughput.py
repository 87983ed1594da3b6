"""Throughput of dyads against bare spaCy on the same articles, measured in one run.

    python benchmarks/throughput.py --corpus ../shared/corpus/news.jsonl.gz --limit 200
    python benchmarks/throughput.py --corpus ../shared/corpus/news.jsonl.gz --limit 200 --memory 1000,8000

Reports, on the first ``--limit`` articles of the corpus (written to a scratch JSONL, so every path reads
the same records through the same reader):

* bare spaCy ``nlp.pipe`` over the article texts with the full pipeline, as ``spacy.load`` gives it (the
  stack's limit; dyads' own copy of the model has faster, output-identical attribute ruler and lemmatizer);
* dyads in a single process (``Pipeline.code_documents``), for each ``--batch-size`` given (lines per spaCy
  batch), with the peak RSS reached during that run;
* ``--repeat N`` alternates the bare spaCy and single-process runs N times: on a shared machine the spread
  of the ratios is the noise;
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
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from dyads.ingest import IngestError, read_inputs
from dyads.parse import BATCH_LINES, DEFAULT_MODEL
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


def reset_peak_rss() -> bool:
    """Restart VmHWM from the current RSS (Linux >= 4.0), so a run's own peak can be read after it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _worker_peak_rss_mb() -> float:  # runs on a worker
    # VmHWM, not ru_maxrss: ru_maxrss survives exec, so a worker would report its parent's peak
    from dyads.scale.worker import memory_mb

    return memory_mb()[1]


def _worker_cpu_s() -> float:  # runs on a worker
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def dask_run(sample: Path, workers: int, args: argparse.Namespace) -> dict[str, float]:
    """Code ``sample`` on a fresh LocalCluster; the coding rate excludes cluster start and model load."""
    from distributed import Client

    from dyads.scale import run
    from dyads.scale.runner import local_cluster
    from dyads.scale.worker import LoadPipeline, Settings

    t0 = time.perf_counter()
    with (
        local_cluster(workers) as cluster,
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
        along = _rss_along_the_run(out)
    return {
        "documents": report.documents,
        "events": report.events,
        "seconds": seconds,
        "startup": startup,
        "cpu": cpu,  # worker CPU seconds: the rate per CPU-second shows scaling on a busy machine
        "rss": max(rss.values()),
        "rss_all": sorted(rss.values()),
        "along": along,
    }


def _rss_along_the_run(out: str) -> list[list[float]]:
    """Per worker, its resident memory (MB) after each partition it finished, in the order finished."""
    from dyads.scale.worker import MANIFEST, read_manifest

    entries = sorted(Path(out, MANIFEST).glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    by_worker: dict[str, list[float]] = {}
    for path in entries:
        r = read_manifest(out, path.stem)
        if r is not None:
            by_worker.setdefault(r.worker, []).append(r.rss_mb)
    return list(by_worker.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL(.gz) of {id, title, text, date}")
    ap.add_argument("--limit", type=int, default=200, help="articles to use")
    ap.add_argument(
        "--batch-size",
        default=str(BATCH_LINES),
        help="lines per spaCy batch; a comma-separated list times the single process at each "
        "(Dask uses the first)",
    )
    ap.add_argument("--repeat", type=int, default=1, help="alternate bare spaCy and dyads this many times")
    ap.add_argument("--partition-size", type=int, default=50, help="documents per Dask partition")
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-dask", action="store_true", help="only bare spaCy and the single process")
    ap.add_argument("--memory", default="", help="comma-separated corpus sizes for the peak-RSS runs")
    ap.add_argument("--memory-workers", type=int, default=2)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"throughput: {args.corpus}: no such file", file=sys.stderr)
        return 2
    try:
        batch_sizes = [int(b) for b in args.batch_size.split(",") if b.strip()]
    except ValueError:
        batch_sizes = []
    if not batch_sizes or min(batch_sizes) < 1 or args.repeat < 1:
        print(f"throughput: --batch-size {args.batch_size!r}: give positive integers", file=sys.stderr)
        return 2
    args.batch_size = batch_sizes[0]

    with tempfile.TemporaryDirectory(prefix="dyads-bench-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        n = write_sample(args.corpus, args.limit, sample)
        docs = read_documents(sample)
        texts = [d.text for d in docs]
        stock = spacy.load(args.model or DEFAULT_MODEL)  # spaCy as shipped: the reference
        pipeline = Pipeline(args.model)
        # one untimed pass over the sample first: the matchers, the gazetteer, spaCy's and dyads' memos and
        # the string store fill up on first use, which would favour whichever run came second
        list(pipeline.code_documents(docs, batch_size=batch_sizes[0]))
        list(stock.pipe(texts[:3]))

        def bare() -> tuple[float, float]:
            t = time.perf_counter()
            cpu = time.process_time()
            for _doc in stock.pipe(texts, batch_size=32):  # 32 articles a batch
                pass
            return time.perf_counter() - t, time.process_time() - cpu

        def single(batch_size: int) -> dict[str, float]:
            measured = reset_peak_rss()
            sentences = events = 0
            t = time.perf_counter()
            cpu = time.process_time()
            for coded in pipeline.code_documents(docs, batch_size=batch_size):
                sentences += len(coded.sentences)
                events += len(coded.events)
            return {
                "seconds": time.perf_counter() - t,
                "cpu": time.process_time() - cpu,
                "sentences": sentences,
                "events": events,
                "rss": _worker_peak_rss_mb() if measured else peak_rss_mb(),
            }

        spacy_runs: list[tuple[float, float]] = []
        runs: dict[int, list[dict[str, float]]] = {b: [] for b in batch_sizes}
        for _ in range(args.repeat):
            for b in batch_sizes:  # each dyads run right after a bare spaCy one: their ratio shares the load
                spacy_runs.append(bare())
                r = single(b)
                r["ratio"] = spacy_runs[-1][0] / r["seconds"]
                # CPU seconds: on a machine others are using, the steadier measure of the work done
                r["cpu_ratio"] = spacy_runs[-1][1] / r["cpu"]
                runs[b].append(r)
        spacy_s = min(s for s, _ in spacy_runs)

        print(
            f"articles: {len(docs)} of {n} ({sum(len(x) for x in texts) / 1e6:.2f} M chars), "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
        )
        print(f"{'':26} {'articles/s':>10} {'vs spaCy':>9} {'vs 1 worker':>12}")
        print(
            f"{'bare spaCy nlp.pipe':26} {len(docs) / spacy_s:10.2f} {1.0:8.2f}x"
            f"   (best of {len(spacy_runs)}; all: "
            f"{', '.join(f'{len(docs) / s:.2f}' for s, _ in spacy_runs)}; "
            f"{len(docs) / min(c for _, c in spacy_runs):.2f} articles per CPU-s)"
        )
        for b, rs in runs.items():
            best = min(rs, key=lambda r: r["seconds"])
            ratios = sorted(r["ratio"] for r in rs)
            cpu_ratios = sorted(r["cpu_ratio"] for r in rs)
            print(
                f"{f'dyads, 1 process, {b} lines':26} {len(docs) / best['seconds']:10.2f} "
                f"{ratios[len(ratios) // 2]:8.2f}x"
                f"   (ratio to the spaCy run just before: {', '.join(f'{x:.2f}' for x in ratios)}; "
                f"in CPU time: {', '.join(f'{x:.2f}' for x in cpu_ratios)}; "
                f"{len(docs) / best['cpu']:.2f} articles per CPU-s, "
                f"{best['sentences'] / best['seconds']:.0f} sentences/s, "
                f"{best['events'] / len(docs):.2f} events/article, "
                f"peak RSS in the run {max(r['rss'] for r in rs):.0f} MB)"
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
            for k, seq in enumerate(r["along"]):
                quarter = max(1, len(seq) // 4)
                print(
                    f"  worker {k + 1}: {len(seq)} partitions; resident MB after the first "
                    f"{quarter}: {', '.join(f'{x:.0f}' for x in seq[:quarter])}; after the last {quarter}: "
                    f"{', '.join(f'{x:.0f}' for x in seq[-quarter:])}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
