"""`dyads run` on a real Dask LocalCluster (two worker processes, shared by the tests of this module).

The fixture corpus (tests/fixtures/scale/wire.jsonl) is our own: 18 short invented wire reports, one
malformed JSON line and one record with empty text.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from dyads.ingest import IngestError, read_inputs
from dyads.interfaces.cli import main
from dyads.pipeline import default_pipeline
from dyads.scale import RunError, plan, run
from dyads.scale.worker import Settings, read_member

distributed = pytest.importorskip("distributed")

WIRE = Path(__file__).parent / "fixtures" / "scale" / "wire.jsonl"
CRAWL = Path(__file__).parent / "fixtures" / "warc" / "crawl.warc.gz"
DOCUMENTS = 18  # readable records in WIRE
FAILURES = 2  # the malformed line and the empty text


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.Client]:
    import logging

    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as lc,
        distributed.Client(lc) as client,
    ):
        yield client


def expected_events(*inputs: str) -> dict[str, str]:
    """event_id -> modality, as `dyads code --all` gives them (the store's rule: one row per event id)."""
    docs = [d for d in read_inputs(list(inputs)) if not isinstance(d, IngestError)]
    out: dict[str, str] = {}
    for coded in default_pipeline().code_documents(docs):
        for e in coded.events + coded.suppressed:
            out.setdefault(e.event_id, e.modality)
    return out


def parquet_rows(out: Path) -> list[tuple]:
    return duckdb.sql(
        f"SELECT event_id, modality, doc_id, month, date_start FROM read_parquet('{out}/**/*.parquet', "
        "hive_partitioning = true) ORDER BY event_id"
    ).fetchall()


def manifest(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in (out / "_manifest").glob("*.json")}


# ------------------------------------------------------------------------------------------- planning


def test_plan_splits_a_jsonl_file_by_line_ranges() -> None:
    parts = plan([str(WIRE)], 4)
    ranges = [m.lines for p in parts for m in p.members]
    assert len(parts) == 5 and all(r is not None for r in ranges)
    assert ranges[0][0] == 1 and ranges[-1][1] == 20
    assert all(a[1] + 1 == b[0] for a, b in zip(ranges, ranges[1:], strict=False)), "contiguous, no overlap"
    assert plan([str(WIRE)], 4) == parts, "the same inputs give the same partition ids"


def test_members_read_as_the_whole_input_reads(tmp_path: Path) -> None:
    """A partition reads the same documents, ids and error origins as `dyads code` on the whole input."""
    top = tmp_path / "corpus"
    (top / "2023" / "jan").mkdir(parents=True)
    for i in range(7):
        (top / "2023" / "jan" / f"note{i}.txt").write_text(f"Chad and Libya held talks, round {i}.\n")
    (top / "2023" / "readme.pdf").write_bytes(b"%PDF-1.4 not text")
    with gzip.open(top / "2023" / "wire.jsonl.gz", "wt") as fh:
        fh.write(WIRE.read_text())
    shutil.copy(WIRE, top / "wire.jsonl")
    inputs = [str(top), str(WIRE)]
    whole = [
        (i.doc_id, i.origin) if not isinstance(i, IngestError) else (i.reason, i.origin)
        for i in read_inputs(inputs)
    ]
    settings = Settings(out=str(tmp_path / "out"))
    for size in (1, 3, 5, 100):
        parts = plan(inputs, size)
        got = []
        for p in parts:
            for k, m in enumerate(p.members):
                scratch = tmp_path / f"v{size}-{p.pid}-{k}"
                got += [
                    (i.doc_id, i.origin) if not isinstance(i, IngestError) else (i.reason, i.origin)
                    for i in read_member(m, settings, str(scratch))
                ]
        assert got == whole, f"partition size {size}"
        assert max(p.documents for p in parts) <= 2 * size or size == 1


def test_a_big_crawl_is_cut_into_byte_ranges(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A WARC file bigger than a partition is cut into byte ranges; read range by range, the partitions give
    what `dyads code` gives on the whole file."""
    import importlib

    planner = importlib.import_module("dyads.scale.plan")  # (dyads.scale.plan is also the function's name)

    monkeypatch.setattr(planner, "WARC_BYTES_PER_DOCUMENT", 400)  # the 4.4 KB fixture weighs 11 pages
    parts = plan([str(CRAWL)], 2)
    ranges = [m.byte_range for p in parts for m in p.members]
    assert len(ranges) == 6 and all(r is not None for r in ranges)
    assert ranges[0][0] == 0 and ranges[-1][1] == CRAWL.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False)), "contiguous, no overlap"
    whole = [(i.doc_id, i.origin) for i in read_inputs([str(CRAWL)])]
    settings = Settings(out=str(tmp_path / "out"))
    got = [
        (i.doc_id, i.origin)
        for p in parts
        for k, m in enumerate(p.members)
        for i in read_member(m, settings, str(tmp_path / f"{p.pid}-{k}"))
    ]
    assert got == whole and len(whole) == 2
    assert all("@" in p.describe()[0] for p in parts)


# ------------------------------------------------------------------------------------------ the cluster


def test_run_writes_the_events_dyads_code_gives(cluster: distributed.Client, tmp_path: Path) -> None:
    out = tmp_path / "events"
    report = run([str(WIRE)], str(out), client=cluster, partition_size=4)
    assert (report.documents, len(report.errors), report.partitions, report.skipped) == (
        DOCUMENTS,
        FAILURES,
        5,
        0,
    )
    rows = parquet_rows(out)
    expected = expected_events(str(WIRE))
    assert {r[0]: r[1] for r in rows} == expected and len(rows) == len(expected)
    assert report.events == sum(1 for m in expected.values() if m == "asserted")
    for _, _, _, month, start in rows:  # hive partition = month of the event date
        assert month == (start.strftime("%Y-%m") if start else "undated")
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert sorted(e["input"] for e in errors) == [f"{WIRE}:13", f"{WIRE}:8"]
    assert "malformed JSON" in errors[0]["reason"] + errors[1]["reason"]

    # the same command again: every partition is found finished and nothing is rewritten
    files = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    again = run([str(WIRE)], str(out), client=cluster, partition_size=4)
    assert (again.skipped, again.documents, len(again.errors)) == (5, DOCUMENTS, FAILURES)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == files

    # a half-finished run: the partitions without a manifest entry are redone, the others kept
    entries = sorted((out / "_manifest").glob("*.json"))
    for e in entries[:2]:
        e.unlink()
    resumed = run([str(WIRE)], str(out), client=cluster, partition_size=4)
    assert (resumed.skipped, resumed.documents) == (3, DOCUMENTS)
    assert parquet_rows(out) == rows

    # other output settings on the same folder would mix two runs: refused
    with pytest.raises(RunError, match="other default_date"):
        import datetime as dt

        run([str(WIRE)], str(out), client=cluster, partition_size=4, default_date=dt.date(2020, 1, 1))
    # other inputs: the finished partitions of the old plan are named, and --prune clears them
    with pytest.raises(RunError, match="no longer produce"):
        run([str(WIRE)], str(out), client=cluster, partition_size=6)
    pruned = run([str(WIRE)], str(out), client=cluster, partition_size=6, prune=True)
    assert pruned.skipped == 0 and pruned.documents == DOCUMENTS
    assert {r[0] for r in parquet_rows(out)} == set(expected) and len(parquet_rows(out)) == len(expected)


def test_run_over_a_crawl_cut_into_ranges(
    cluster: distributed.Client, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import importlib

    monkeypatch.setattr(importlib.import_module("dyads.scale.plan"), "WARC_BYTES_PER_DOCUMENT", 400)
    out = tmp_path / "crawl-events"
    report = run([str(CRAWL)], str(out), client=cluster, partition_size=2)
    assert (report.partitions, report.documents, report.errors) == (6, 2, [])
    expected = expected_events(str(CRAWL))
    assert {r[0]: r[1] for r in parquet_rows(out)} == expected and expected


def test_a_worker_killed_mid_run_loses_no_document(cluster: distributed.Client, tmp_path: Path) -> None:
    # 8 copies of the corpus (own ids), a partition per 3 records: long enough to kill a worker midway
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(8):
        (corpus / f"wire{i}.jsonl").write_text(WIRE.read_text().replace('"id": "wire-', f'"id": "c{i}-'))
    out = tmp_path / "events"
    pids = cluster.run(os.getpid)
    result: dict = {}
    thread = threading.Thread(
        target=lambda: result.update(report=run([str(corpus)], str(out), client=cluster, partition_size=3))
    )
    thread.start()
    deadline = time.monotonic() + 60
    while len(manifest(out) if (out / "_manifest").exists() else {}) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    victim = next(iter(pids.values()))
    os.kill(victim, signal.SIGKILL)
    killed_at = len(manifest(out))
    thread.join(timeout=120)
    assert not thread.is_alive()
    report = result["report"]
    total = len(plan([str(corpus)], 3))
    assert killed_at < total, "the worker was killed before the run ended"
    assert report.failed_partitions == [] and report.partitions == total
    assert report.documents == 8 * DOCUMENTS and len(report.errors) == 8 * FAILURES
    doc_ids = [d for entry in manifest(out).values() for d in entry["doc_ids"]]
    assert len(doc_ids) == len(set(doc_ids)) == 8 * DOCUMENTS, "every document once"
    rows = parquet_rows(out)
    assert len(rows) == len({r[0] for r in rows}), "no partition written twice"
    assert {r[0] for r in rows} == set(expected_events(str(corpus)))
    cluster.wait_for_workers(2, timeout=60)  # the nanny restarted the killed one


# ------------------------------------------------------------------------------------------------ CLI


def test_cli_exit_codes(cluster: distributed.Client, tmp_path: Path) -> None:
    address = cluster.scheduler.address
    runner = CliRunner()
    clean = tmp_path / "clean.jsonl"
    clean.write_text(
        "".join(
            line
            for line in WIRE.read_text().splitlines(True)
            if "broken" not in line and '"text": ""' not in line
        )
    )
    res = runner.invoke(main, ["run", str(clean), "--out", str(tmp_path / "a"), "--scheduler", address])
    assert res.exit_code == 0, res.output
    assert f"{DOCUMENTS} documents" in res.stderr and "0 failures" in res.stderr

    res = runner.invoke(main, ["run", str(WIRE), "--out", str(tmp_path / "b"), "--scheduler", address])
    assert res.exit_code == 1
    assert f"{WIRE}:8: malformed JSON" in res.stderr and "errors.jsonl" in res.stderr
    missing = tmp_path / "nope.jsonl"
    res = runner.invoke(main, ["run", str(missing), "--out", str(tmp_path / "c"), "--scheduler", address])
    assert res.exit_code == 1 and f"{missing}: no such file" in res.stderr

    for args in (
        ["run", "-", "--out", str(tmp_path / "d")],
        ["run", str(WIRE), "--out", str(tmp_path / "e"), "--scheduler", address, "--workers", "2"],
        ["run", str(WIRE), "--out", str(clean)],  # --out is a file
        ["run", str(clean), "--out", str(tmp_path / "a"), "--scheduler", address, "--date", "2020-01-01"],
    ):
        res = runner.invoke(main, args)
        assert res.exit_code == 2, (args, res.output)
