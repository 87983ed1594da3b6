"""Accuracy of the coder on the public gold sets and our own real-news gold, in one table.

    python benchmarks/accuracy.py --shared ../shared

Public sets (sentence level, ../shared/eval): PETRARCH2 GSR validation, PLOVER GSR, CAMEO codebook
examples.  Our own gold (document level, benchmarks/gold/news_*.jsonl) refers to records of
../shared/corpus/news.jsonl.gz by id.  The held-out corpus is never read here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dyads.evaluation.scorer import Report, evaluate
from dyads.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
PUBLIC = ("petrarch2_gsr_validation.jsonl", "plover_gsr_cameo_manual.jsonl", "cameo_codebook_examples.jsonl")


def row(name: str, report: Report) -> list[str]:
    lv, rt = report.levels, report.ratios
    dyad = lv.get("source country, target country, root") or lv.get("core recall / all precision")
    cells = [name, str(report.cases)]
    cells += [f"{dyad.precision:.3f}", f"{dyad.recall:.3f}", f"{dyad.f1:.3f}"] if dyad else ["", "", ""]
    for key in (
        "root (any event with the gold root)",
        "PLOVER type",
        "date exact (matched)",
        "place country (matched)",
        "fatalities exact (matched)",
    ):
        cells.append(f"{rt[key].value:.3f}" if key in rt else "")
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared", help="the shared/ folder")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    pipeline = Pipeline(args.model)
    rows = []
    t = time.perf_counter()
    for name in PUBLIC:
        path = args.shared / "eval" / name
        if path.is_file():
            rows.append(row(name.removesuffix(".jsonl"), evaluate(pipeline, path)))
        else:
            print(f"accuracy: {path}: not found, skipped", file=sys.stderr)
    corpus = args.shared / "corpus" / "news.jsonl.gz"
    for path in sorted((HERE / "gold").glob("news_*.jsonl")):
        rows.append(row(f"own gold {path.stem}", evaluate(pipeline, path, corpus)))
    head = ["gold set", "cases", "P", "R", "F1", "root acc", "PLOVER acc", "date", "place ctry", "dead"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    print("P/R/F1: sentence sets at (source country, target country, root); own gold: recall over core")
    print(f"events, precision over all gold events.  {time.perf_counter() - t:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
