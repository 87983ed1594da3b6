"""The `dyads code` command end to end: formats, stdin, bad inputs and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from dyads.interfaces.cli import main
from dyads.output.writers import CSV_COLUMNS, event_schema

ARTICLE = (
    "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday, Egypt's army said.\n\n"
    "Jordan and Iraq signed a trade agreement in Amman on Monday.\n"
)
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, stdin: str | None = None):  # noqa: ANN201
    return runner.invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_jsonl_output_validates_against_the_schema(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = run(runner, "code", str(f), "--date", "2024-06-12")
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert events, "the article has events"
    schema = event_schema()
    for e in events:
        jsonschema.validate(e, schema)
        start, end = e["evidence"]["trigger"]["start"], e["evidence"]["trigger"]["end"]
        assert ARTICLE[start:end] == e["evidence"]["trigger"]["text"]
        for role in ("source", "target"):
            if e[role]:
                assert ARTICLE[e[role]["start"] : e[role]["end"]] == e[role]["text"]
    roots = {
        (e["source"]["country"], e["cameo_root"], e["target"]["country"])
        for e in events
        if e["source"] and e["target"]
    }
    assert ("EGY", "19", "LBY") in roots
    assert ("JOR", "05", "IRQ") in roots and ("IRQ", "05", "JOR") in roots


def test_event_ids_are_stable_across_runs(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    first = run(runner, "code", str(f), "--date", "2024-06-12").stdout
    second = run(runner, "code", str(f), "--date", "2024-06-12").stdout
    ids = [json.loads(x)["event_id"] for x in first.splitlines()]
    assert ids == [json.loads(x)["event_id"] for x in second.splitlines()]
    assert len(set(ids)) == len(ids)


def test_csv_and_table_formats(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "events.csv"
    res = run(runner, "code", str(f), "--date", "2024-06-12", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and tuple(rows[0].keys()) == CSV_COLUMNS
    assert any(r["source_country"] == "EGY" and r["cameo"].startswith("19") for r in rows)
    table = run(runner, "code", str(f), "--date", "2024-06-12", "--format", "table").stdout
    assert table.splitlines()[0].split()[:3] == ["date", "source", "cameo"]
    assert f"({len(rows)} events)" in table


def test_stdin(runner: CliRunner) -> None:
    res = run(runner, "code", "-", "--date", "2024-06-12", stdin=ARTICLE)
    assert res.exit_code == 0
    docs = {json.loads(x)["doc_id"] for x in res.stdout.splitlines()}
    assert len(docs) == 1 and next(iter(docs)).startswith("stdin-")


def test_bad_inputs_are_named_and_the_rest_is_coded(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1"))
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "stories.jsonl").write_text(
        json.dumps({"id": "s1", "text": ARTICLE, "date": "2024-06-12"})
        + "\n{not json\n"
        + json.dumps({"id": "s3", "text": ARTICLE, "date": "2024-06-12"})
        + "\n",
        encoding="utf-8",
    )
    res = run(runner, "code", str(corpus), str(tmp_path / "missing.txt"), "--date", "2024-06-12")
    assert res.exit_code == 1
    err = res.stderr
    assert "missing.txt" in err and "no such file" in err
    assert "empty.txt" in err and "empty" in err
    assert "latin1.txt" in err and "UTF-8" in err
    assert "blob.txt" in err and "binary" in err
    assert "stories.jsonl:2" in err
    docs = {json.loads(x)["doc_id"] for x in res.stdout.splitlines()}
    assert docs == {"good", "s1", "s3"}


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = runner.invoke(main, ["code", str(f), "--date", "March 2"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    res = runner.invoke(main, ["code", str(f), "--actors", str(tmp_path / "nope.yaml")])
    assert res.exit_code != 0 and "nope.yaml" in res.output
    res = runner.invoke(main, ["code", str(f), "--model", "no_such_model_xyz"])
    assert res.exit_code != 0 and "no_such_model_xyz" in res.output


def test_real_entry_point_exit_code(tmp_path: Path) -> None:
    """The installed `dyads` command, as a user runs it."""
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    ok = subprocess.run(
        [sys.executable, "-m", "dyads", "code", str(f), "--date", "2024-06-12"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("\n") >= 2
    bad = subprocess.run(
        [sys.executable, "-m", "dyads", "code", str(f), str(tmp_path / "gone.txt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 1
    assert "gone.txt" in bad.stderr


def test_output_inside_the_input_directory_is_not_read(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = corpus / "events.jsonl"
    res = run(runner, "code", str(corpus), "--date", "2024-06-12", "-o", str(out))
    assert res.exit_code == 0, res.stderr
    assert "events.jsonl" not in res.stderr
    assert {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"good"}


def test_actors_unknown_lists_uncoded_names(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "The Zarqawi Brigades attacked a police station in Mosul on Monday.\n\n"
        "The Zarqawi Brigades also attacked an army checkpoint near Tikrit.\n",
        encoding="utf-8",
    )
    res = run(runner, "actors", "--unknown", str(f), "--date", "2024-06-12", "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    top = rows[0]
    assert "Zarqawi Brigades" in top["text"] and top["count"] == 2
    assert any("Mosul" in ex for ex in top["examples"])


@pytest.mark.parametrize(
    "module",
    [
        "dyads",
        "dyads.interfaces.cli",
        "dyads.interfaces.cli_store",
        "dyads.interfaces.cli_watch",
        "dyads.interfaces.cli_run",
        "dyads.interfaces.cli_serve",
        "dyads.interfaces.api",
        "dyads.scale",
    ],
)
def test_each_interface_imports_on_its_own(module: str) -> None:
    # a fresh interpreter: an import cycle between the command modules only shows when one of them is
    # the first thing imported (``from dyads.interfaces.api import create_app`` in a user's script)
    res = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
