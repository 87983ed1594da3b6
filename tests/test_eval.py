"""`dyads eval` on small gold files of our own, in both formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.evaluation.scorer import GoldError, evaluate
from dyads.interfaces.cli import main
from dyads.pipeline import default_pipeline

SENTENCES = [
    {
        "id": "s1",
        "text": "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday.",
        "date": "2024-06-12",
        "events": [{"source": "EGYMIL", "target": "LBYUAF", "code": "194"}],
    },
    {
        "id": "s2",
        "text": "Jordan and Iraq signed a trade agreement in Amman on Monday.",
        "date": "2024-06-12",
        "events": [
            {"source": "JORGOV", "target": "IRQGOV", "code": "057"},
            {"source": "IRQGOV", "target": "JORGOV", "code": "057"},
        ],
    },
    # a gold event the coder does not find (a miss) and a sentence that expects nothing
    {
        "id": "s3",
        "text": "The Kenyan foreign ministry summoned the Somali ambassador over the border dispute.",
        "date": "2024-06-12",
        "events": [{"source": "KENGOV", "target": "ETHGOV", "code": "114"}],
    },
    {"id": "s4", "text": "The weather in Oslo was mild on Monday.", "date": "2024-06-12", "events": []},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_sentence_gold_levels(tmp_path: Path) -> None:
    report = evaluate(default_pipeline(), write_jsonl(tmp_path / "gold.jsonl", SENTENCES))
    assert report.kind == "sentence" and report.cases == 4
    dyad = report.levels["source country, target country, root"]
    # s1 and s2 are found; s3's gold target (ETH) is deliberately wrong: one miss and one false positive
    assert (dyad.tp, dyad.fn, dyad.fp) == (3, 1, 1)
    assert report.ratios["root (any event with the gold root)"].hit == 3


def test_document_gold_with_inline_text(tmp_path: Path) -> None:
    text = (
        "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday, killing four fighters.\n\n"
        '"We have no intention of attacking Libya," an Egyptian army spokesman said.\n'
    )
    gold = {
        "doc_id": "d1",
        "text": text,
        "published": "2024-06-12",
        "events": [
            {
                "source": {"country": "EGY", "sector": "MIL"},
                "target": {"country": "LBY", "sector": "UAF"},
                "cameo": "194",
                "date": "2024-06-11",
                "location": {"name": "Sirte", "country": "LBY"},
                "fatalities": 4,
                "core": True,
            }
        ],
        "must_not": [{"source_country": "EGY", "target_country": "LBY", "roots": ["18", "20"]}],
    }
    report = evaluate(default_pipeline(), write_jsonl(tmp_path / "docs.jsonl", [gold]))
    assert report.kind == "document"
    core = report.levels["core recall / all precision"]
    assert (core.tp, core.fn) == (1, 0)
    assert report.ratios["date exact (matched)"].value == 1.0
    assert report.ratios["place country (matched)"].value == 1.0
    assert report.ratios["fatalities exact (matched)"].value == 1.0
    assert report.ratios["must_not violations (lower is better)"].hit == 0


def test_document_matching_prefers_the_same_report(tmp_path: Path) -> None:
    """Two reports of the same dyad and root: each gold event is compared with the prediction inside its own
    evidence span, and a matched non-core event counts as a correct prediction for precision."""
    first = "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday, killing four men.\n\n"
    second = "Egyptian troops shelled Libyan militia positions near Derna on Friday, killing nine men.\n"
    text = first + second

    def shelling(start: int, end: int, day: str, place: str, dead: int, core: bool) -> dict:
        return {
            "source": {"country": "EGY"},
            "target": {"country": "LBY"},
            "cameo": "195",
            "date": day,
            "location": {"name": place, "country": "LBY"},
            "fatalities": dead,
            "core": core,
            "evidence": {"start": start, "end": end},
        }

    gold = {
        "doc_id": "d2",
        "text": text,
        "published": "2024-06-15",
        "events": [  # the second report listed first: matching by order alone would swap them
            shelling(len(first), len(text), "2024-06-14", "Derna", 9, False),
            shelling(0, len(first), "2024-06-11", "Sirte", 4, True),
        ],
    }
    report = evaluate(default_pipeline(), write_jsonl(tmp_path / "two.jsonl", [gold]))
    core = report.levels["core recall / all precision"]
    assert (core.tp, core.fn, core.fp, core.precision_tp) == (1, 0, 0, 2)
    assert core.precision == 1.0
    assert report.ratios["date exact (matched)"].value == 1.0
    assert report.ratios["fatalities exact (matched)"].value == 1.0


def _two_shellings(tmp_path: Path, events: list[dict]) -> tuple:
    first = "Egyptian troops shelled Libyan militia positions near Sirte on Tuesday.\n\n"
    second = "Egyptian troops shelled Libyan militia positions near Derna on Friday.\n"
    gold = {"doc_id": "d4", "text": first + second, "published": "2024-06-15", "events": events}
    report = evaluate(default_pipeline(), write_jsonl(tmp_path / "ties.jsonl", [gold]))
    core = report.levels["core recall / all precision"]
    return (core.tp, core.fn, core.fp, core.precision_tp), report.ratios["date exact (matched)"].value


def _shelled(day: str, evidence: tuple[int, int] | None = None) -> dict:
    event = {"source": {"country": "EGY"}, "target": {"country": "LBY"}, "cameo": "195", "date": day}
    return event | ({"evidence": {"start": evidence[0], "end": evidence[1]}} if evidence else {})


def test_document_matching_without_evidence_prefers_the_prediction_of_the_same_date(tmp_path: Path) -> None:
    # no evidence span: of two equally placed predictions, the one dated like the gold event is compared
    counts, date = _two_shellings(tmp_path, [_shelled("2024-06-14")])
    assert counts == (1, 0, 1, 1)  # the same hit and the same false positive as any other pairing
    assert date == 1.0


def test_document_matching_keeps_the_report_in_the_evidence_span_over_a_same_date_one(tmp_path: Path) -> None:
    # the prediction inside the gold event's sentence is its report, even when another one has its date
    counts, date = _two_shellings(tmp_path, [_shelled("2024-06-14", (0, 40))])
    assert counts == (1, 0, 1, 1)
    assert date == 0.0


def test_document_gold_names_a_group_without_a_country_as_null(tmp_path: Path) -> None:
    # document gold gives Islamic State no country (only intergovernmental bodies get "IGO"): a coded
    # IMGISI target must match it
    text = "The U.S. government condemned Islamic State on Monday.\n"
    gold = {
        "doc_id": "d3",
        "text": text,
        "published": "2024-06-12",
        "events": [
            {
                "source": {"country": "USA"},
                "target": {"name": "Islamic State", "sector": "REB"},
                "cameo": "111",
            }
        ],
    }
    report = evaluate(default_pipeline(), write_jsonl(tmp_path / "isis.jsonl", [gold]))
    core = report.levels["core recall / all precision"]
    assert (core.tp, core.fn, core.fp) == (1, 0, 0)


def test_bad_gold_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "a", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldError, match="bad.jsonl:2"):
        evaluate(default_pipeline(), bad)
    res = CliRunner().invoke(main, ["eval", str(tmp_path / "missing.jsonl")])
    assert res.exit_code != 0 and "missing.jsonl" in res.output
    corpus_ref = write_jsonl(
        tmp_path / "ref.jsonl", [{"doc_id": "n1", "corpus": "news.jsonl.gz", "events": []}]
    )
    res = CliRunner().invoke(main, ["eval", str(corpus_ref)])
    assert res.exit_code != 0 and "--corpus" in res.output


def test_cli_json_output(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", SENTENCES[:2])
    res = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    (report,) = json.loads(res.output)
    assert report["levels"]["source country, target country, root"]["f1"] == 1.0
