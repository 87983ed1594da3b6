"""Throughput of the dyads pipeline against bare spaCy on the same articles, measured in one run.

    python benchmarks/throughput.py --corpus ../shared/corpus/news.jsonl.gz --limit 200

Prints articles/s, sentences/s, events/article and peak RSS for dyads, the same figures for bare spaCy
``nlp.pipe`` over the same texts (the stack's limit), and dyads' speed as a ratio of spaCy's.  The two
runs alternate in rounds so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import resource
import sys
import time
from pathlib import Path

from dyads.ingest import read_text
from dyads.parse import load_model
from dyads.pipeline import Pipeline
from dyads.records import Document


def load_articles(path: Path, limit: int) -> list[Document]:
    docs: list[Document] = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("text"):
                continue
            date = rec.get("date")
            docs.append(
                read_text(
                    rec["text"],
                    doc_id=rec["id"],
                    title=rec.get("title"),
                    published=dt.date.fromisoformat(date) if date else None,
                    source=rec.get("source"),
                )
            )
            if len(docs) >= limit:
                break
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="JSONL(.gz) of {id, title, text, date}")
    ap.add_argument("--limit", type=int, default=200, help="articles to use")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds of spaCy and dyads")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"throughput: {args.corpus}: no such file", file=sys.stderr)
        return 2

    docs = load_articles(args.corpus, args.limit)
    texts = [d.text for d in docs]
    nlp = load_model(args.model)
    pipeline = Pipeline(args.model)
    # warm both paths (model caches, dictionary matchers, gazetteer) before timing
    list(pipeline.code_documents(docs[:3]))

    spacy_s = dyads_s = 0.0
    sentences = events = 0
    spacy_peak = 0.0
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        spacy_s += time.perf_counter() - t
        spacy_peak = spacy_peak or peak_rss_mb()  # before dyads has coded anything but the warm-up
        t = time.perf_counter()
        sentences = events = 0
        for coded in pipeline.code_documents(docs, batch_size=args.batch_size):
            sentences += len(coded.sentences)
            events += len(coded.events)
        dyads_s += time.perf_counter() - t

    n = len(docs) * args.rounds
    print(f"articles: {len(docs)} ({sum(len(x) for x in texts) / 1e6:.2f} M chars), rounds: {args.rounds}")
    print(f"bare spaCy nlp.pipe : {n / spacy_s:8.2f} articles/s")
    print(
        f"dyads pipeline      : {n / dyads_s:8.2f} articles/s  "
        f"{sentences * args.rounds / dyads_s:8.1f} sentences/s  {events / len(docs):.2f} events/article"
    )
    print(f"ratio dyads/spaCy   : {spacy_s / dyads_s:8.2f}x")
    print(f"peak RSS            : {spacy_peak:8.0f} MB after bare spaCy, {peak_rss_mb():.0f} MB after dyads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
